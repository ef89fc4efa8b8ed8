package dev.ksa.render.provisioning;

import dev.ksa.plan.ClusterNetwork;
import dev.ksa.plan.PlannedComponent;
import dev.ksa.plan.Profile;
import dev.ksa.render.RenderContext;
import dev.ksa.render.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the provisioning files say about the cluster, worked out once so kubeadm, kubespray,
 * HAProxy and keepalived agree: the nodes by role, the API endpoint (VIP:port, or the first control
 * plane without a VIP), the port each API server listens on, the network blocks, the release, the
 * runtime's socket, whether the CNI replaces kube-proxy, the OIDC issuer and the platform CA.
 */
record ClusterFacts(
        String platform,
        String clusterName,
        String kubernetesVersion,
        ClusterNetwork network,
        List<Profile.Node> controlPlanes,
        List<Profile.Node> workers,
        String vip,
        int port,
        int bindPort,
        boolean loadBalancerOnControlPlanes,
        String networkInterface,
        boolean kubeProxyReplaced,
        ProvisioningData.ContainerRuntime runtime,
        Optional<ProvisioningData.ApiServerOidc> oidc,
        Optional<ProvisioningData.PlatformCa> platformCa,
        Optional<String> mirror) {

    /** keepalived's interface when the profile names none. */
    static final String DEFAULT_INTERFACE = "eth0";
    /** The upstream registry of kubeadm's images, and the Harbor proxy-cache project that mirrors it (airgap/harbor-projects.json). */
    static final String KUBERNETES_REGISTRY = "registry.k8s.io";
    /** Where the API server reads its structured authentication configuration (reloaded when it changes). */
    static final String AUTHENTICATION_DIRECTORY = "/etc/kubernetes/authentication";

    static ClusterFacts of(RenderContext ctx) {
        Profile.Cluster cluster = ctx.profile().spec().cluster();
        Variables variables = new Variables(ctx);
        List<Profile.Node> controlPlanes = new ArrayList<>();
        List<Profile.Node> workers = new ArrayList<>();
        for (Profile.Node node : cluster.nodes()) {
            (node.role().equals("control-plane") ? controlPlanes : workers).add(node);
        }
        Profile.ApiServer api = cluster.apiServer() == null ? new Profile.ApiServer(null, null, null, null) : cluster.apiServer();
        boolean onControlPlanes = api.vip() != null && writes(ctx, "haproxy-keepalived");
        int bindPort = api.bindPort() != null ? api.bindPort() : onControlPlanes ? (api.port() == 6443 ? 6444 : 6443) : api.port();
        boolean replaced = false;
        ProvisioningData.ContainerRuntime runtime = new ProvisioningData.ContainerRuntime(null, "containerd");
        ProvisioningData.ApiServerOidc oidc = null;
        ProvisioningData.PlatformCa ca = null;
        for (PlannedComponent p : ctx.plan().components()) {
            ProvisioningData data = ProvisioningData.of(p.id());
            if (data.kubeProxy() != null && Variables.holds(data.kubeProxy().replacedIf(), ctx)) {
                replaced = true;
            }
            if (data.containerRuntime() != null) {
                runtime = data.containerRuntime();
            }
            if (data.apiServerOidc() != null && oidc == null) {
                ProvisioningData.ApiServerOidc o = data.apiServerOidc();
                oidc = new ProvisioningData.ApiServerOidc(variables.substituteText(o.issuer(), p.id()), o.audience(), o.usernameClaim(),
                        o.usernamePrefix(), o.groupsClaim(), o.groupsPrefix());
            }
            if (data.platformCa() != null && ca == null) {
                ProvisioningData.PlatformCa c = data.platformCa();
                ca = new ProvisioningData.PlatformCa(variables.substituteText(c.namespace(), p.id()), variables.substituteText(c.secret(), p.id()), c.key());
            }
        }
        Optional<String> mirror = ctx.airgap().map(a -> a.registry() + "/proxy-" + KUBERNETES_REGISTRY.replace('.', '-'));
        return new ClusterFacts(ctx.plan().name(), cluster.name() != null ? cluster.name() : ctx.plan().name(), ctx.plan().kubernetesVersion(),
                ClusterNetwork.of(ctx.profile(), ctx.environment()), List.copyOf(controlPlanes), List.copyOf(workers), api.vip(), api.port(), bindPort,
                onControlPlanes, api.networkInterface() != null ? api.networkInterface() : DEFAULT_INTERFACE, replaced, runtime,
                Optional.ofNullable(oidc), Optional.ofNullable(ca), mirror);
    }

    /** Whether a planned component asks for these files ({@code writes} in its provisioning data). */
    static boolean writes(RenderContext ctx, String files) {
        return ctx.plan().components().stream().anyMatch(p -> ProvisioningData.of(p.id()).writes().contains(files));
    }

    /** The host clients reach the API on: the VIP, else the first control plane. */
    String endpointHost() {
        return vip != null ? vip : controlPlanes.get(0).ip();
    }

    /** The endpoint's port: the load-balanced port with a VIP, else the first control plane's own. */
    int endpointPort() {
        return vip != null ? port : bindPort;
    }

    String endpoint() {
        return endpointHost() + ":" + endpointPort();
    }

    /** Workers, or the control planes when there are none (they then run everything, untainted). */
    List<Profile.Node> schedulable() {
        return workers.isEmpty() ? controlPlanes : workers;
    }

    /** {@code 1.34.2}: the release without its v, as kubespray writes it. */
    String bareVersion() {
        return kubernetesVersion.startsWith("v") ? kubernetesVersion.substring(1) : kubernetesVersion;
    }

    int minor() {
        String[] parts = bareVersion().split("\\.");
        return parts.length > 1 && parts[1].matches("[0-9]+") ? Integer.parseInt(parts[1]) : 0;
    }

    /** The structured authentication API: GA ({@code v1}) from Kubernetes 1.34, {@code v1beta1} before. */
    String authenticationApiVersion() {
        return "apiserver.config.k8s.io/" + (minor() >= 34 ? "v1" : "v1beta1");
    }
}
