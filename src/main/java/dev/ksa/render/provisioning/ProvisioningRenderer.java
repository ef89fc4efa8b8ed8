package dev.ksa.render.provisioning;

import dev.ksa.render.FileTree;
import dev.ksa.render.RenderContext;
import java.util.List;

/**
 * provisioning/: the files that stand the cluster up before the GitOps repository can build the
 * platform on it, from the same plan: on-prem kubeadm v1beta4 and kubespray files, HAProxy and
 * keepalived for the API endpoint when the planned API load balancer asks for them; on AWS a
 * Terraform starting point for EKS. Which files an environment gets is data
 * ({@code render/provisioning/environments.yaml}), as is what each component adds.
 */
public final class ProvisioningRenderer {
    private ProvisioningRenderer() {}

    public static void render(RenderContext ctx, FileTree.Builder out) {
        List<String> writes = ProvisioningData.environments().writes().getOrDefault(ctx.environment().id(), List.of());
        boolean nodes = !ctx.profile().spec().cluster().nodes().isEmpty()
                && ctx.profile().spec().cluster().nodes().stream().anyMatch(n -> n.role().equals("control-plane"));
        boolean needsNodes = writes.contains("kubeadm") || writes.contains("kubespray");
        if (writes.isEmpty() || (needsNodes && !nodes)) {
            out.put("provisioning/README.md", ProvisioningReadme.none(ctx, writes.isEmpty()));
            return;
        }
        ClusterFacts facts = ClusterFacts.of(ctx);
        if (writes.contains("kubeadm")) {
            KubeadmFiles.render(facts, out);
        }
        if (writes.contains("kubespray")) {
            KubesprayFiles.render(ctx, facts, out);
        }
        if (writes.contains("terraform-eks")) {
            EksFiles.render(ctx, facts, out);
        }
        if (facts.loadBalancerOnControlPlanes()) {
            LoadBalancerFiles.render(facts, out);
        }
        out.put("provisioning/README.md", ProvisioningReadme.render(ctx, facts, writes));
    }
}
