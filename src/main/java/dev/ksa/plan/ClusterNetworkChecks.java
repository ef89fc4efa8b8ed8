package dev.ksa.plan;

import dev.ksa.catalog.Environment;
import dev.ksa.catalog.Text;
import dev.ksa.support.Cidr;
import java.util.List;

/**
 * The cluster's addresses against each other, for a cluster ksa provisions (an environment with a
 * default {@code network}: on-prem). Errors (exit 2) where the cluster cannot work as written: a
 * node or the VIP outside the given node network, the VIP on a network or broadcast address or in
 * the load-balancer range, pod or Service blocks overlapping each other or the nodes' addresses,
 * a pod block too small for the nodes. Warnings (in the plan) where it may work but probably will
 * not: an even number of control planes, a VIP or load-balancer range outside the block around the
 * nodes when the profile does not say the network, no nodes at all, an old Kubernetes for kubeadm.
 */
final class ClusterNetworkChecks {
    /** kubeadm's configuration API v1beta4 arrived with Kubernetes 1.31. */
    static final int KUBEADM_V1BETA4_MINOR = 31;
    /** A VIP and nodes whose common block is wider than this cannot be one L2 segment. */
    static final int WIDEST_SEGMENT = 16;

    private ClusterNetworkChecks() {}

    static void errors(Profile profile, Environment environment, List<String> problems) {
        Profile.Cluster cluster = profile.spec().cluster();
        for (String[] block : List.of(new String[] {"nodeNetwork", cluster.nodeNetwork()}, new String[] {"podCidr", cluster.podCidr()},
                new String[] {"serviceCidr", cluster.serviceCidr()})) {
            if (block[1] != null && !Cidr.exact(block[1])) {
                problems.add(profile.at("/spec/cluster/" + block[0]) + ": " + block[1] + " is not a network address with its prefix. Write "
                        + Cidr.parse(block[1]).map(Cidr::toString).orElse("a block such as 192.168.10.0/24"));
                return;
            }
        }
        ClusterNetwork net = ClusterNetwork.of(profile, environment);
        String vipText = cluster.apiServer() == null ? null : cluster.apiServer().vip();
        if (net.nodesGiven()) {
            for (int i = 0; i < cluster.nodes().size(); i++) {
                long ip = Cidr.address(cluster.nodes().get(i).ip()).orElse(-1L);
                if (!net.nodes().contains(ip)) {
                    problems.add(profile.at("/spec/cluster/nodes/" + i + "/ip") + ": node " + cluster.nodes().get(i).name() + " (" + cluster.nodes().get(i).ip()
                            + ") is outside spec.cluster.nodeNetwork " + net.nodes() + ". Correct the address or the network");
                }
            }
            if (net.vip() != null && !net.nodes().contains(net.vip())) {
                problems.add(profile.at("/spec/cluster/apiServer/vip") + ": the API server VIP " + vipText + " is outside the node network " + net.nodes()
                        + "; keepalived can only hold it on the nodes' own subnet. Use a free address of " + net.nodes()
                        + net.freeAddress().map(a -> " such as " + a).orElse(""));
            }
        }
        if (!net.nodesGiven() && net.vip() != null && !net.nodeAddresses().isEmpty()) {
            List<Long> all = new java.util.ArrayList<>(net.nodeAddresses());
            all.add(net.vip());
            if (Cidr.around(all, 32).prefix() < WIDEST_SEGMENT) {
                problems.add(profile.at("/spec/cluster/apiServer/vip") + ": the API server VIP " + vipText + " cannot share a subnet with the nodes ("
                        + net.nodes() + "): no L2 segment is that wide, and keepalived holds the VIP on the nodes' own subnet. Use a free address near the nodes"
                        + net.freeAddress().map(a -> " such as " + a).orElse(""));
            }
        }
        if (net.vip() != null && net.nodes() != null && net.nodes().contains(net.vip()) && net.nodes().reserved(net.vip())) {
            problems.add(profile.at("/spec/cluster/apiServer/vip") + ": the API server VIP " + vipText + " is the network or broadcast address of "
                    + net.nodes() + ". Use a free host address" + net.freeAddress().map(a -> " such as " + a).orElse(""));
        }
        long[] range = net.loadBalancerRange();
        if (range != null && net.vip() != null && net.vip() >= range[0] && net.vip() <= range[1]) {
            problems.add(profile.at("/spec/cluster/apiServer/vip") + ": the API server VIP " + vipText + " is inside spec.cluster.loadBalancerRange "
                    + cluster.loadBalancerRange() + ", so the load balancer could hand it to a Service. Take it out of the range or pick another VIP"
                    + net.freeAddress().map(a -> " such as " + a).orElse(""));
        }
        for (int i = 0; range != null && i < cluster.nodes().size(); i++) {
            long ip = Cidr.address(cluster.nodes().get(i).ip()).orElse(-1L);
            if (ip >= range[0] && ip <= range[1]) {
                problems.add(profile.at("/spec/cluster/nodes/" + i + "/ip") + ": node " + cluster.nodes().get(i).name() + " (" + cluster.nodes().get(i).ip()
                        + ") is inside spec.cluster.loadBalancerRange " + cluster.loadBalancerRange() + ". Keep node addresses out of the range");
            }
        }
        if (environment.network() == null) {
            return; // a cloud's own network decides pods and Services
        }
        blocks(profile, net, problems);
    }

    private static void blocks(Profile profile, ClusterNetwork net, List<String> problems) {
        Profile.Cluster cluster = profile.spec().cluster();
        if (net.pods() != null && net.services() != null && net.pods().overlaps(net.services())) {
            problems.add(profile.at(cluster.podCidr() != null ? "/spec/cluster/podCidr" : "/spec/cluster/serviceCidr") + ": the pod block " + net.pods()
                    + " overlaps the Service block " + net.services() + ". Give them separate blocks"
                    + net.freeBlock(net.pods().prefix(), net.services()).map(b -> ", e.g. podCidr: " + b).orElse(""));
        }
        if (net.pods() != null) {
            String clash = net.clashWith(net.pods());
            if (clash != null) {
                problems.add(where(profile, "podCidr") + ": the pod block " + net.pods() + (cluster.podCidr() == null ? " (the default)" : "") + " overlaps "
                        + clash + "; pods would shadow real hosts. Set spec.cluster.podCidr to a free block"
                        + net.freeBlock(net.pods().prefix(), net.services()).map(b -> " such as " + b).orElse(""));
            }
            int nodes = Math.max(cluster.nodes().size(), cluster.controlPlaneCount() + cluster.workerCount());
            if (nodes > net.podBlocks()) {
                int needed = ClusterNetwork.POD_BLOCK_PER_NODE - (64 - Long.numberOfLeadingZeros(Math.max(1, nodes - 1)));
                problems.add(where(profile, "podCidr") + ": the pod block " + net.pods() + " has room for " + net.podBlocks() + " nodes (a /"
                        + ClusterNetwork.POD_BLOCK_PER_NODE + " each) but the cluster has " + nodes + ". Use a /" + Math.max(needed, 8) + " or wider");
            }
        }
        if (net.services() != null) {
            String clash = net.clashWith(net.services());
            if (clash != null) {
                problems.add(where(profile, "serviceCidr") + ": the Service block " + net.services() + (cluster.serviceCidr() == null ? " (the default)" : "")
                        + " overlaps " + clash + ". Set spec.cluster.serviceCidr to a free block"
                        + net.freeBlock(net.services().prefix(), net.pods()).map(b -> " such as " + b).orElse(""));
            }
            if (net.services().prefix() < 12) {
                problems.add(where(profile, "serviceCidr") + ": the Service block " + net.services()
                        + " is larger than the API server accepts (at most /12, 2^20 addresses). Use a /12 to /24");
            }
        }
    }

    /** The field's position when the profile writes it, else its parent's (a default was used). */
    private static String where(Profile profile, String field) {
        return profile.at("/spec/cluster/" + field);
    }

    /** What the plan should say about the cluster's layout; only for a cluster ksa provisions. */
    static void warnings(Draft draft) {
        if (draft.environment.network() == null) {
            return;
        }
        Profile.Cluster cluster = draft.profile.spec().cluster();
        int controlPlanes = cluster.controlPlaneCount();
        if (controlPlanes > 0 && controlPlanes % 2 == 0) {
            draft.warn("control-planes-even", PlanWarning.Severity.WARNING, null, "provisioning", Text.of(
                    "컨트롤 플레인이 " + controlPlanes + "대입니다. etcd는 과반이 살아 있어야 하므로 짝수는 " + (controlPlanes - 1)
                            + "대보다 장애에 강하지 않습니다. " + (controlPlanes - 1) + "대나 " + (controlPlanes + 1) + "대로 하세요.",
                    "There are " + controlPlanes + " control planes. etcd needs a majority, so an even count survives no more failures than "
                            + (controlPlanes - 1) + ". Use " + (controlPlanes - 1) + " or " + (controlPlanes + 1) + "."));
        }
        if (cluster.nodes().isEmpty()) {
            draft.warn("nodes-missing", PlanWarning.Severity.WARNING, null, "provisioning", Text.of(
                    "spec.cluster.nodes가 없어 kubeadm, kubespray, HAProxy 파일을 만들 수 없습니다. 노드 이름, 주소, 역할을 적으세요.",
                    "spec.cluster.nodes is not set, so no kubeadm, kubespray or HAProxy files can be written. List each node's name, address and role."));
        }
        ClusterNetwork net = ClusterNetwork.of(draft.profile, draft.environment);
        if (!net.nodesGiven() && net.nodes() != null && net.vip() != null && !net.nodes().contains(net.vip())) {
            draft.warn("api-vip-outside-node-network", PlanWarning.Severity.WARNING, null, "api-load-balancer", Text.of(
                    "API 서버 VIP " + cluster.apiServer().vip() + "가 노드 주소 대역 " + net.nodes() + " 밖에 있습니다. keepalived는 노드의 서브넷 안에서만 VIP를 옮길 수 있습니다. "
                            + net.freeAddress().map(a -> a + " 같은 빈 주소를 쓰거나, ").orElse("") + "서브넷이 더 넓다면 spec.cluster.nodeNetwork를 적으세요.",
                    "The API server VIP " + cluster.apiServer().vip() + " is outside " + net.nodes() + " around the node addresses; keepalived can only move it within the nodes' subnet. "
                            + net.freeAddress().map(a -> "Use a free address such as " + a + ", or set").orElse("Set") + " spec.cluster.nodeNetwork if the subnet is wider."));
        }
        long[] range = net.loadBalancerRange();
        if (net.nodes() != null && range != null && !(net.nodes().contains(range[0]) && net.nodes().contains(range[1]))) {
            draft.warn("load-balancer-range-outside-node-network", PlanWarning.Severity.WARNING, null, "load-balancer", Text.of(
                    "spec.cluster.loadBalancerRange " + cluster.loadBalancerRange() + "가 노드 네트워크 " + net.nodes() + " 밖에 있습니다. L2 광고(ARP)는 노드의 서브넷 주소만 알릴 수 있습니다. BGP를 쓰지 않는다면 노드 서브넷의 빈 주소로 바꾸세요.",
                    "spec.cluster.loadBalancerRange " + cluster.loadBalancerRange() + " is outside the node network " + net.nodes()
                            + "; L2 (ARP) announcements only reach the nodes' own subnet. Unless you announce it with BGP, use free addresses of the node subnet."));
        }
        boolean apiLoadBalancer = draft.planned.values().stream().anyMatch(e -> e.component.provides().contains("api-load-balancer"));
        Profile.ApiServer api = cluster.apiServer();
        if (apiLoadBalancer && net.vip() != null && api.bindPort() != null && api.bindPort().equals(api.port())) {
            draft.warn("api-port-clash", PlanWarning.Severity.ERROR, null, "api-load-balancer", Text.of(
                    "HAProxy가 컨트롤 플레인에서 " + api.port() + " 포트로 API를 받는데 kube-apiserver도 같은 포트(bindPort)를 씁니다. bindPort를 빼거나(기본 "
                            + (api.port() == 6443 ? 6444 : 6443) + ") 다른 포트로 하세요.",
                    "HAProxy serves the API on port " + api.port() + " on the control planes, and kube-apiserver would listen on the same port (bindPort). Leave bindPort out (default "
                            + (api.port() == 6443 ? 6444 : 6443) + ") or pick another port."));
        }
        if (apiLoadBalancer && net.vip() != null && api.networkInterface() == null && !cluster.nodes().isEmpty()) {
            draft.warn("api-interface-default", PlanWarning.Severity.INFO, null, "api-load-balancer", Text.of(
                    "keepalived가 VIP를 eth0에 둡니다. 컨트롤 플레인의 인터페이스 이름이 다르면(예: ens192) spec.cluster.apiServer.interface를 적으세요.",
                    "keepalived holds the VIP on eth0. If the control planes' interface has another name (e.g. ens192), set spec.cluster.apiServer.interface."));
        }
        int minor = minor(KubernetesVersion.of(draft.profile, draft.environment));
        if (minor > 0 && minor < KUBEADM_V1BETA4_MINOR) {
            draft.warn("kubernetes-too-old-for-kubeadm", PlanWarning.Severity.ERROR, "kubeadm", "provisioning", Text.of(
                    "쿠버네티스 1." + minor + "은 ksa가 쓰는 kubeadm 설정 API v1beta4(1.31부터)를 읽지 못합니다. spec.cluster.kubernetesVersion을 1.31 이상으로 하세요.",
                    "Kubernetes 1." + minor + " cannot read kubeadm's configuration API v1beta4 that ksa writes (1.31 and later). Set spec.cluster.kubernetesVersion to 1.31 or newer."));
        }
    }

    private static int minor(String version) {
        String[] parts = version.replaceFirst("^v", "").split("\\.");
        return parts.length > 1 && parts[1].matches("[0-9]+") ? Integer.parseInt(parts[1]) : -1;
    }
}
