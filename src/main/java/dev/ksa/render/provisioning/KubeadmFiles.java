package dev.ksa.render.provisioning;

import dev.ksa.plan.Profile;
import dev.ksa.render.FileTree;
import dev.ksa.render.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * provisioning/kubeadm/: kubeadm configuration API v1beta4 for the first control plane (Init and
 * ClusterConfiguration, with the KubeletConfiguration and, unless the CNI replaces it, the
 * KubeProxyConfiguration), a JoinConfiguration per further control plane and one for the workers,
 * the API server's authentication configuration, and the README with the commands in order.
 * Secrets (bootstrap token, certificate key, CA hash) are {@code ${KUBEADM_...}} placeholders that
 * {@code envsubst} fills on the node, so none is ever written here.
 */
final class KubeadmFiles {
    static final String KUBEADM = "kubeadm.k8s.io/v1beta4";
    static final String TOKEN = "${KUBEADM_TOKEN}";
    static final String CERTIFICATE_KEY = "${KUBEADM_CERTIFICATE_KEY}";
    static final String CA_HASH = "sha256:${KUBEADM_CA_CERT_HASH}";
    /** The control-plane metrics kube-prometheus-stack scrapes (render/components/prometheus.yaml uses the chart's defaults). */
    static final String METRICS_BIND = "0.0.0.0";
    static final String ETCD_METRICS = "http://0.0.0.0:2381";
    static final String KUBE_PROXY_METRICS = "0.0.0.0:10249";
    static final String AUTHENTICATION_FILE = ClusterFacts.AUTHENTICATION_DIRECTORY + "/authentication-config.yaml";

    private KubeadmFiles() {}

    static void render(ClusterFacts facts, FileTree.Builder out) {
        Profile.Node first = facts.controlPlanes().get(0);
        List<Object> init = new ArrayList<>();
        init.add(initConfiguration(facts, first));
        init.add(clusterConfiguration(facts));
        init.add(kubeletConfiguration(facts));
        if (!facts.kubeProxyReplaced()) {
            init.add(kubeProxyConfiguration(facts));
        }
        out.put("provisioning/kubeadm/init-" + first.name() + ".yaml", Yaml.documents("""
                kubeadm init on %s, the first control plane. Fill the placeholders, then run it (README.md):
                  envsubst '$KUBEADM_TOKEN $KUBEADM_CERTIFICATE_KEY' < init-%s.yaml > /root/kubeadm-init.yaml && kubeadm init --config /root/kubeadm-init.yaml --upload-certs"""
                .formatted(first.name(), first.name()), init));
        for (Profile.Node node : facts.controlPlanes().subList(1, facts.controlPlanes().size())) {
            out.put("provisioning/kubeadm/join-" + node.name() + ".yaml", Yaml.documents("kubeadm join on " + node.name()
                    + ", a further control plane (README.md).", List.of(join(facts, node, true))));
        }
        if (!facts.workers().isEmpty()) {
            out.put("provisioning/kubeadm/join-worker.yaml", Yaml.documents("kubeadm join on every worker; the node takes its host name, which must be its name in platform.yaml (README.md).",
                    List.of(join(facts, null, false))));
        }
        if (facts.oidc().isPresent()) {
            out.put("provisioning/kubeadm/authentication-config.yaml", Yaml.documents("""
                    The API server's authentication configuration, read from %s on every control plane.
                    It starts with no issuer; oidc-authentication.sh writes the one that trusts the platform's
                    OIDC issuer once it runs (the API server reloads the file without a restart)."""
                    .formatted(AUTHENTICATION_FILE), List.of(map("apiVersion", facts.authenticationApiVersion(), "kind", "AuthenticationConfiguration",
                            "jwt", List.of()))));
            out.put("provisioning/kubeadm/oidc-authentication.sh", OidcScript.render(facts));
        }
        out.put("provisioning/kubeadm/README.md", KubeadmReadme.render(facts));
    }

    private static Map<String, Object> initConfiguration(ClusterFacts facts, Profile.Node node) {
        Map<String, Object> doc = map("apiVersion", KUBEADM, "kind", "InitConfiguration");
        doc.put("bootstrapTokens", List.of(map("token", TOKEN, "description", "kubeadm join of the " + facts.platform() + " nodes",
                "ttl", "24h0m0s", "usages", List.of("signing", "authentication"), "groups", List.of("system:bootstrappers:kubeadm:default-node-token"))));
        doc.put("localAPIEndpoint", map("advertiseAddress", node.ip(), "bindPort", facts.bindPort()));
        doc.put("nodeRegistration", nodeRegistration(facts, node, true));
        if (facts.controlPlanes().size() > 1) {
            doc.put("certificateKey", CERTIFICATE_KEY);
        }
        return doc;
    }

    private static Map<String, Object> clusterConfiguration(ClusterFacts facts) {
        Map<String, Object> doc = map("apiVersion", KUBEADM, "kind", "ClusterConfiguration");
        doc.put("clusterName", facts.clusterName());
        doc.put("kubernetesVersion", facts.kubernetesVersion());
        doc.put("controlPlaneEndpoint", facts.endpoint());
        facts.mirror().ifPresent(m -> doc.put("imageRepository", m));
        doc.put("networking", map("podSubnet", facts.network().pods().toString(), "serviceSubnet", facts.network().services().toString(),
                "dnsDomain", facts.network().clusterDomain()));
        List<String> sans = new ArrayList<>();
        if (facts.vip() != null) {
            sans.add(facts.vip());
        }
        facts.controlPlanes().forEach(n -> sans.add(n.ip()));
        Map<String, Object> apiServer = map("certSANs", sans);
        if (facts.oidc().isPresent()) {
            apiServer.put("extraArgs", List.of(arg("authentication-config", AUTHENTICATION_FILE)));
            apiServer.put("extraVolumes", List.of(map("name", "authentication-config", "hostPath", ClusterFacts.AUTHENTICATION_DIRECTORY,
                    "mountPath", ClusterFacts.AUTHENTICATION_DIRECTORY, "readOnly", true, "pathType", "DirectoryOrCreate")));
        }
        doc.put("apiServer", apiServer);
        doc.put("controllerManager", map("extraArgs", List.of(arg("bind-address", METRICS_BIND))));
        doc.put("scheduler", map("extraArgs", List.of(arg("bind-address", METRICS_BIND))));
        doc.put("etcd", map("local", map("dataDir", "/var/lib/etcd", "extraArgs", List.of(arg("listen-metrics-urls", ETCD_METRICS)))));
        if (facts.kubeProxyReplaced()) {
            doc.put("proxy", map("disabled", true));
        }
        return doc;
    }

    private static Map<String, Object> kubeletConfiguration(ClusterFacts facts) {
        Map<String, Object> doc = map("apiVersion", "kubelet.config.k8s.io/v1beta1", "kind", "KubeletConfiguration");
        doc.put("cgroupDriver", "systemd");
        doc.put("clusterDomain", facts.network().clusterDomain());
        doc.put("rotateCertificates", true);
        return doc;
    }

    private static Map<String, Object> kubeProxyConfiguration(ClusterFacts facts) {
        Map<String, Object> doc = map("apiVersion", "kubeproxy.config.k8s.io/v1alpha1", "kind", "KubeProxyConfiguration");
        doc.put("mode", "iptables");
        doc.put("clusterCIDR", facts.network().pods().toString());
        doc.put("metricsBindAddress", KUBE_PROXY_METRICS);
        return doc;
    }

    private static Map<String, Object> join(ClusterFacts facts, Profile.Node node, boolean controlPlane) {
        Map<String, Object> doc = map("apiVersion", KUBEADM, "kind", "JoinConfiguration");
        doc.put("discovery", map("bootstrapToken", map("apiServerEndpoint", facts.endpoint(), "token", TOKEN, "caCertHashes", List.of(CA_HASH))));
        doc.put("nodeRegistration", nodeRegistration(facts, node, controlPlane));
        if (controlPlane) {
            doc.put("controlPlane", map("localAPIEndpoint", map("advertiseAddress", node.ip(), "bindPort", facts.bindPort()),
                    "certificateKey", CERTIFICATE_KEY));
        }
        return doc;
    }

    private static Map<String, Object> nodeRegistration(ClusterFacts facts, Profile.Node node, boolean controlPlane) {
        Map<String, Object> registration = new LinkedHashMap<>();
        if (node != null) {
            registration.put("name", node.name());
        }
        if (facts.runtime().criSocket() != null) {
            registration.put("criSocket", facts.runtime().criSocket());
        }
        registration.put("imagePullPolicy", "IfNotPresent");
        if (node != null) {
            registration.put("kubeletExtraArgs", List.of(arg("node-ip", node.ip())));
        }
        if (controlPlane) {
            // Without workers the control planes run everything, so they carry no NoSchedule taint.
            registration.put("taints", facts.workers().isEmpty() ? List.of()
                    : List.of(map("key", "node-role.kubernetes.io/control-plane", "effect", "NoSchedule")));
        }
        return registration;
    }

    static Map<String, Object> arg(String name, String value) {
        return map("name", name, "value", value);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
