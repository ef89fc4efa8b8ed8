package dev.ksa.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A platform profile ({@code platform.yaml}) as read, with the source position of every value so
 * later steps can still say where a mistake is. The shape is {@code schemas/platform.schema.json}.
 */
public record Profile(String file, String apiVersion, String kind, Metadata metadata, Spec spec, SourceMap positions) {

    public record Metadata(String name, Map<String, String> labels) {}

    public record Spec(
            String edition,
            String environment,
            String domain,
            String region,
            GitOps gitops,
            Cluster cluster,
            List<String> features,
            Map<String, String> choose,
            List<String> exclude,
            Policy policy,
            Airgap airgap,
            Backup backup,
            MultiCluster multiCluster) {

        public Spec {
            features = features == null ? List.of() : List.copyOf(features);
            choose = choose == null ? Map.of() : new TreeMap<>(choose);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            policy = policy == null ? new Policy(List.of()) : policy;
            cluster = cluster == null ? new Cluster(null, null, null, null, null, null, null, null, null, null, null, null) : cluster;
        }
    }

    public record GitOps(String repoURL, String revision, String path) {
        public GitOps {
            revision = revision == null ? "main" : revision;
            path = path == null ? "" : path.replaceAll("^/+|/+$", "");
        }
    }

    public record Cluster(
            String name,
            String kubernetesVersion,
            Integer controlPlanes,
            Integer workers,
            NodeSize node,
            ApiServer apiServer,
            List<Node> nodes,
            String loadBalancerRange,
            String nodeNetwork,
            String podCidr,
            String serviceCidr,
            String clusterDomain) {

        public Cluster {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
        }

        /** Control planes as given, else counted from {@code nodes}. */
        public int controlPlaneCount() {
            return controlPlanes != null ? controlPlanes : (int) nodes.stream().filter(n -> n.role().equals("control-plane")).count();
        }

        /** Workers as given, else counted from {@code nodes}. */
        public int workerCount() {
            return workers != null ? workers : (int) nodes.stream().filter(n -> n.role().equals("worker")).count();
        }
    }

    /** A worker's size; {@code instanceType} names the cloud machine type instead of the closest fit. */
    public record NodeSize(Double cpu, Double memoryGi, String instanceType) {}

    /**
     * The API endpoint: the VIP and {@code port} clients use; {@code bindPort} is where each API server
     * listens (null: chosen by the provisioning files); {@code interface} the NIC keepalived holds the VIP on.
     */
    public record ApiServer(String vip, Integer port, Integer bindPort, @com.fasterxml.jackson.annotation.JsonProperty("interface") String networkInterface) {
        public ApiServer {
            port = port == null ? 6443 : port;
        }
    }

    public record Node(String name, String ip, String role) {}

    public record Policy(List<String> denyLicenses) {
        public Policy {
            denyLicenses = denyLicenses == null ? List.of() : List.copyOf(denyLicenses);
        }
    }

    /** Where backups go instead of the planned object storage: an S3-compatible target off the cluster. */
    public record Backup(S3 s3) {}

    /** An S3-compatible bucket: endpoint URL, bucket name and region (default us-east-1, what most S3-compatible stores accept). */
    public record S3(String url, String bucket, String region) {
        public S3 {
            region = region == null ? "us-east-1" : region;
        }
    }

    /**
     * This cluster among several serving the same names (k8gb): its geo tag (default: the region, else the
     * platform's name), the tags of the other clusters, and the site's DNS servers k8gb resolves through.
     */
    public record MultiCluster(String geoTag, List<String> peers, List<String> dnsServers) {
        public MultiCluster {
            peers = peers == null ? List.of() : List.copyOf(peers);
            dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
        }
    }

    public record Airgap(String registry, String project) {
        public Airgap {
            project = project == null ? "mirror" : project;
        }
    }

    /** {@code file:line:column} of the value at a JSON pointer ({@code /spec/choose/cni}), or of its nearest parent. */
    public String at(String pointer) {
        return positions.describe(file, pointer);
    }

    /** Where the key of {@code pointer} is written (for a wrong key), falling back to its value. */
    public String atKey(String pointer) {
        return positions.describeKey(file, pointer);
    }
}
