package dev.ksa.render.provisioning;

import dev.ksa.plan.PlannedComponent;
import dev.ksa.plan.Profile;
import dev.ksa.render.RenderContext;
import java.util.List;
import java.util.stream.Collectors;

/** provisioning/README.md: what is here and the order: load balancer, cluster, then the platform. */
final class ProvisioningReadme {
    private ProvisioningReadme() {}

    static String render(RenderContext ctx, ClusterFacts facts, List<String> writes) {
        String provisioner = ctx.plan().components().stream().filter(p -> p.category().equals("provisioning")).map(PlannedComponent::name)
                .findFirst().orElse("none");
        StringBuilder md = new StringBuilder("# Provisioning the ").append(facts.platform()).append(" cluster\n\n")
                .append("Stand the cluster up with these files first; then `sh bootstrap/install.sh` builds the platform on it. The plan's provisioner is ")
                .append(provisioner).append(".\n\n| path | what |\n| --- | --- |\n");
        if (writes.contains("kubeadm")) {
            md.append("| `kubeadm/` | kubeadm v1beta4: `init-").append(facts.controlPlanes().get(0).name()).append(".yaml` for the first control plane")
                    .append(facts.controlPlanes().size() > 1 ? ", `join-<node>.yaml` for the others" : "")
                    .append(facts.workers().isEmpty() ? "" : ", `join-worker.yaml` for the workers").append("; `README.md` has the commands in order |\n");
        }
        if (writes.contains("kubespray")) {
            md.append("| `kubespray/` | the same cluster for kubespray: `inventory.ini` and `group_vars/` |\n");
        }
        if (facts.loadBalancerOnControlPlanes()) {
            md.append("| `haproxy/haproxy.cfg` | HAProxy on every control plane: port ").append(facts.port()).append(" to the API servers on ").append(facts.bindPort()).append(" |\n")
                    .append("| `keepalived/` | keepalived on every control plane holds the VIP ").append(facts.vip()).append(" on ").append(facts.networkInterface())
                    .append(", tracking HAProxy with `check_haproxy.sh` |\n");
        }
        if (writes.contains("terraform-eks")) {
            md.append("| `terraform/` | a Terraform/OpenTofu starting point for EKS; `README.md` says how to use it |\n");
        }
        md.append('\n');
        int step = 1;
        if (facts.loadBalancerOnControlPlanes()) {
            md.append("## ").append(step++).append(". The API endpoint ").append(facts.endpoint()).append(", on every control plane\n\n")
                    .append("On ").append(facts.controlPlanes().stream().map(Profile.Node::name).collect(Collectors.joining(", ")))
                    .append(" (the control planes must let VRRP, IP protocol 112, through between them):\n\n```sh\n")
                    .append("apt-get install haproxy keepalived curl     # or dnf install\n")
                    .append("install -m 0644 provisioning/haproxy/haproxy.cfg /etc/haproxy/haproxy.cfg\n")
                    .append("install -m 0644 provisioning/keepalived/keepalived.conf /etc/keepalived/keepalived.conf\n")
                    .append("install -o root -m 0755 provisioning/keepalived/check_haproxy.sh ").append(LoadBalancerFiles.CHECK_SCRIPT).append('\n')
                    .append("haproxy -c -f /etc/haproxy/haproxy.cfg && keepalived -t -f /etc/keepalived/keepalived.conf\n")
                    .append("systemctl enable --now haproxy keepalived\n```\n\n")
                    .append("The API servers are down until the next step, so every node's check fails alike and one of them holds the VIP anyway.\n")
                    .append("HAProxy's statistics: `curl http://127.0.0.1:").append(LoadBalancerFiles.STATS_PORT).append("/stats` on the node.\n\n");
        }
        if (writes.contains("kubeadm") || writes.contains("kubespray")) {
            md.append("## ").append(step++).append(". The cluster\n\n")
                    .append("With kubeadm: `kubeadm/README.md`. Or with kubespray: `kubespray/README.md`. Both give the same cluster: Kubernetes ")
                    .append(facts.kubernetesVersion()).append(", pods ").append(facts.network().pods()).append(", Services ").append(facts.network().services())
                    .append(", the control-plane metrics the platform's Prometheus scrapes.\n\n");
        }
        if (writes.contains("terraform-eks")) {
            md.append("## ").append(step++).append(". The cluster\n\n`terraform/README.md`.\n\n");
        }
        md.append("## ").append(step).append(". The platform\n\nFrom the repository root: `sh bootstrap/install.sh` (see `../README.md`).\n");
        return md.toString();
    }

    /** Why nothing else is here: no nodes in the profile, or no files for this environment yet. */
    static String none(RenderContext ctx, boolean environment) {
        return environment ? """
                # Provisioning

                ksa writes no provisioning files for %1$s yet: create the cluster with the provider's own tools (Kubernetes %2$s),
                then run `sh bootstrap/install.sh` from the repository root.
                """.formatted(ctx.environment().name().en(), ctx.plan().kubernetesVersion()) : """
                # Provisioning

                platform.yaml lists no control-plane node in spec.cluster.nodes, so there are no kubeadm, kubespray, HAProxy or
                keepalived files. Add every node (name, address, role) and run `ksa generate` again.
                """;
    }
}
