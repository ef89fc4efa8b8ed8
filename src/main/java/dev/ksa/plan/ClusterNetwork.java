package dev.ksa.plan;

import dev.ksa.catalog.Environment;
import dev.ksa.support.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addresses of a cluster ksa provisions: the pod and Service blocks and the DNS domain (the
 * profile's, else the environment's {@code network}), the nodes' subnet (the profile's
 * {@code nodeNetwork}, else the /24 or wider block around the node addresses: {@code nodesGiven}
 * tells which), the node addresses, the VIP and the load-balancer range. Shared by the profile
 * checks and the provisioning files so both see the same numbers.
 */
public record ClusterNetwork(Cidr pods, Cidr services, String clusterDomain, Cidr nodes, boolean nodesGiven,
        List<Long> nodeAddresses, Long vip, long[] loadBalancerRange) {

    /** Kubernetes' own node block size for pods (kube-controller-manager's node-cidr-mask-size, Cilium's cluster-pool mask). */
    public static final int POD_BLOCK_PER_NODE = 24;

    /** The network of a profile in an environment; fields the profile leaves out and the environment has no default for are null. */
    public static ClusterNetwork of(Profile profile, Environment environment) {
        Profile.Cluster cluster = profile.spec().cluster();
        Environment.Network defaults = environment.network();
        Cidr pods = Cidr.parse(cluster.podCidr() != null ? cluster.podCidr() : defaults == null ? null : defaults.podCidr()).orElse(null);
        Cidr services = Cidr.parse(cluster.serviceCidr() != null ? cluster.serviceCidr() : defaults == null ? null : defaults.serviceCidr()).orElse(null);
        String domain = cluster.clusterDomain() != null ? cluster.clusterDomain() : defaults == null ? "cluster.local" : defaults.clusterDomain();
        List<Long> addresses = new ArrayList<>();
        cluster.nodes().forEach(n -> Cidr.address(n.ip()).ifPresent(addresses::add));
        Long vip = cluster.apiServer() == null ? null : Cidr.address(cluster.apiServer().vip()).orElse(null);
        Optional<Cidr> given = Cidr.parse(cluster.nodeNetwork());
        Cidr nodes = given.orElseGet(() -> addresses.isEmpty() ? null : Cidr.around(addresses, 24));
        return new ClusterNetwork(pods, services, domain, nodes, given.isPresent(), List.copyOf(addresses), vip,
                Cidr.range(cluster.loadBalancerRange()).orElse(null));
    }

    /** How many nodes the pod block has room for, one /24 each. */
    public long podBlocks() {
        return pods == null || pods.prefix() > POD_BLOCK_PER_NODE ? 0 : 1L << (POD_BLOCK_PER_NODE - pods.prefix());
    }

    /** A free address of the node network for a VIP: from .10 up, not a node, not in the load-balancer range. */
    public Optional<String> freeAddress() {
        if (nodes == null) {
            return Optional.empty();
        }
        for (long a = nodes.first() + 10; a < nodes.last() && a < nodes.first() + 4096; a++) {
            long candidate = a;
            boolean inRange = loadBalancerRange != null && candidate >= loadBalancerRange[0] && candidate <= loadBalancerRange[1];
            if (!nodeAddresses.contains(candidate) && !inRange && !nodes.reserved(candidate)) {
                return Optional.of(Cidr.format(candidate));
            }
        }
        return Optional.empty();
    }

    /** A block of {@code prefix} from well-known private ranges that overlaps none of the cluster's other addresses. */
    public Optional<Cidr> freeBlock(int prefix, Cidr besides) {
        for (String start : List.of("10.244.0.0", "10.42.0.0", "10.200.0.0", "172.20.0.0", "172.30.0.0", "10.96.0.0", "10.112.0.0", "100.64.0.0")) {
            Cidr candidate = new Cidr(Cidr.address(start).orElseThrow(), prefix);
            if (!clashes(candidate) && (besides == null || !candidate.overlaps(besides))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What a pod or Service block overlaps among the nodes' subnet, a node, the VIP and the load-balancer range; null when nothing. */
    public String clashWith(Cidr block) {
        if (nodes != null && block.overlaps(nodes)) {
            return "the node network " + nodes + (nodesGiven ? "" : " (around the node addresses)");
        }
        for (long a : nodeAddresses) {
            if (block.contains(a)) {
                return "the node address " + Cidr.format(a);
            }
        }
        if (vip != null && block.contains(vip)) {
            return "the API server VIP " + Cidr.format(vip);
        }
        if (loadBalancerRange != null && block.overlaps(loadBalancerRange[0], loadBalancerRange[1])) {
            return "the load-balancer range " + Cidr.format(loadBalancerRange[0]) + "-" + Cidr.format(loadBalancerRange[1]);
        }
        return null;
    }

    private boolean clashes(Cidr block) {
        return clashWith(block) != null;
    }
}
