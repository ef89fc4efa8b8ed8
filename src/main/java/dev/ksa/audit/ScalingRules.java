package dev.ksa.audit;

import dev.ksa.inventory.Container;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.KubeObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Rules on HorizontalPodAutoscalers: a target that exists, with the requests the autoscaler computes against. */
final class ScalingRules {
    private ScalingRules() {}

    /** Target kinds the inventory holds; an autoscaler of anything else (an Argo Rollout) cannot be checked. */
    private static final Set<String> TARGET_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    /** The workload the autoscaler scales; empty when it names none (object-invalid reports that) or it is not in the inventory. */
    private static Optional<KubeObject> target(AuditContext context, KubeObject o, Details.Autoscaler hpa) {
        if (hpa.targetKind() == null || hpa.targetName() == null) {
            return Optional.empty();
        }
        return context.find(hpa.targetKind(), o.namespace(), hpa.targetName());
    }

    private static String display(Details.Autoscaler hpa) {
        return hpa.targetKind() + "/" + hpa.targetName();
    }

    /** hpa-target-missing. */
    static final class TargetMissing implements Rule {
        @Override
        public List<String> ids() {
            return List.of("hpa-target-missing");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("HorizontalPodAutoscaler")) {
                if (o.details() instanceof Details.Autoscaler hpa && hpa.targetKind() != null && hpa.targetName() != null
                        && TARGET_KINDS.contains(hpa.targetKind())
                        && target(context, o, hpa).isEmpty()) {
                    findings.add("hpa-target-missing", o, Findings.params().put("target", display(hpa)));
                }
            }
        }
    }

    /** hpa-target-without-requests: one finding per container lacking the request of a resource metric. */
    static final class TargetWithoutRequests implements Rule {
        @Override
        public List<String> ids() {
            return List.of("hpa-target-without-requests");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("HorizontalPodAutoscaler")) {
                if (!(o.details() instanceof Details.Autoscaler hpa)) {
                    continue;
                }
                Optional<KubeObject> target = target(context, o, hpa);
                if (target.isEmpty() || target.get().workload() == null || target.get().workload().pod() == null) {
                    continue;
                }
                for (String resource : new TreeSet<>(hpa.resourceMetrics())) {
                    for (Container c : target.get().workload().pod().containers()) {
                        if (!c.requests().contains(resource)) {
                            findings.add("hpa-target-without-requests", o, Findings.params().put("resource", resource)
                                    .put("target", display(hpa)).put("container", c.name()));
                        }
                    }
                }
            }
        }
    }

    /** replicas-set-with-hpa: manifests only; a live cluster always fills spec.replicas in. */
    static final class ReplicasSetWithAutoscaler implements Rule {
        @Override
        public List<String> ids() {
            return List.of("replicas-set-with-hpa");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            if (context.live()) {
                return;
            }
            for (KubeObject o : context.kind("HorizontalPodAutoscaler")) {
                if (!(o.details() instanceof Details.Autoscaler hpa)) {
                    continue;
                }
                Optional<KubeObject> target = target(context, o, hpa);
                if (target.isPresent() && target.get().workload() != null && target.get().workload().replicas() != null) {
                    findings.add("replicas-set-with-hpa", target.get(), Findings.params()
                            .put("replicas", String.valueOf(target.get().workload().replicas())).put("hpa", o.ref().display()));
                }
            }
        }
    }
}
