package dev.ksa.audit;

import java.util.List;

/** Every check ksa runs, in the order of {@code audit/rules.yaml}'s groups. */
public final class Rules {
    private Rules() {}

    public static List<Rule> all() {
        return List.of(
                new WorkloadRules.PodWithoutController(),
                new WorkloadRules.ReplicaSetWithoutDeployment(),
                new WorkloadRules.SingleReplicaWithoutBudget(),
                new WorkloadRules.StatefulSetWithoutHeadlessService(),
                new WorkloadRules.DaemonSetNotOnControlPlane(),
                new ServiceRules.BudgetSelectsNothing(),
                new ContainerRules.ImageTagLatest(),
                new ContainerRules.WithoutRequests(),
                new ContainerRules.WithoutLimits(),
                new ContainerRules.Probes(),
                new ContainerRules.Privileged(),
                new ContainerRules.HostPath(),
                new PodSecurityRules(),
                new ServiceRules.SelectorMatchesNothing(),
                new ServiceRules.NodePortWithIngress(),
                new ServiceRules.IngressBackendMissing(),
                new ServiceRules.LoadBalancerPending(),
                new ScalingRules.TargetMissing(),
                new ScalingRules.TargetWithoutRequests(),
                new ScalingRules.ReplicasSetWithAutoscaler(),
                new StorageRules.Pending(),
                new StorageRules.WithoutStorageClass(),
                new ObjectRules.Invalid(),
                new ObjectRules.UnknownApiVersion(ServedApis.load(), DeprecatedApi.load()),
                new ApiVersionRules(DeprecatedApi.load()),
                new ComponentRules());
    }
}
