package dev.ksa.plan;

import dev.ksa.catalog.Text;

/**
 * Step nine: what the plan needs from the profile to be built, and is missing: a load-balancer
 * range when MetalLB is planned, a VIP for several control planes behind the API load balancer,
 * a domain for the consoles, the GitOps repository for {@code ksa generate}, a backup target off the cluster.
 */
final class ProfileHints {
    private ProfileHints() {}

    static void apply(Draft draft) {
        Profile.Spec spec = draft.profile.spec();
        boolean needsRange = draft.planned.values().stream()
                .anyMatch(e -> e.component.provides().contains("load-balancer") && e.component.inCluster() && !draft.environment.cloud());
        if (needsRange && spec.cluster().loadBalancerRange() == null) {
            draft.warn("load-balancer-range-missing", PlanWarning.Severity.WARNING, null, "load-balancer", Text.of(
                    "spec.cluster.loadBalancerRange가 없어 LoadBalancer 서비스에 줄 주소 풀을 만들 수 없습니다. 예: 192.168.10.200-192.168.10.250",
                    "spec.cluster.loadBalancerRange is not set, so there is no address pool for LoadBalancer Services. Example: 192.168.10.200-192.168.10.250"));
        }
        boolean apiLoadBalancer = draft.planned.values().stream().anyMatch(e -> e.component.provides().contains("api-load-balancer"));
        Profile.Cluster cluster = spec.cluster();
        if (apiLoadBalancer && cluster.controlPlaneCount() > 1 && (cluster.apiServer() == null || cluster.apiServer().vip() == null)) {
            draft.warn("api-vip-missing", PlanWarning.Severity.WARNING, null, "api-load-balancer", Text.of(
                    "컨트롤 플레인이 " + cluster.controlPlaneCount() + "대인데 spec.cluster.apiServer.vip가 없습니다. HAProxy와 keepalived가 쓸 가상 IP를 정하세요.",
                    "There are " + cluster.controlPlaneCount() + " control planes but no spec.cluster.apiServer.vip: set the virtual IP HAProxy and keepalived serve the API on."));
        }
        boolean consoles = draft.planned.values().stream().anyMatch(e -> e.component.console() != null && e.component.inCluster());
        if (consoles && spec.domain() == null) {
            draft.warn("domain-missing", PlanWarning.Severity.WARNING, null, null, Text.of(
                    "spec.domain이 없어 콘솔(그라파나 등)의 호스트 이름과 인증서를 만들 수 없습니다.",
                    "spec.domain is not set, so the consoles (Grafana and others) get no host names or certificates."));
        }
        ClusterNetworkChecks.warnings(draft);
        BackupTarget.warnings(draft);
        if (spec.gitops() == null) {
            draft.warn("gitops-missing", PlanWarning.Severity.INFO, null, "cd", Text.of(
                    "spec.gitops.repoURL이 없습니다. ksa generate가 만드는 루트 Application에 필요합니다.",
                    "spec.gitops.repoURL is not set; ksa generate needs it for the root Application."));
        }
    }
}
