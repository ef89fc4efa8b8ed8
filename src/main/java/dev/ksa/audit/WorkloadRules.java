package dev.ksa.audit;

import dev.ksa.catalog.Text;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.PodSpec;
import java.util.ArrayList;
import java.util.List;

/** Rules on how workloads are run: controllers, replicas and disruption budgets, StatefulSet services, node agents. */
final class WorkloadRules {
    private WorkloadRules() {}

    static boolean helmHook(KubeObject o) {
        return o.annotations().containsKey("helm.sh/hook");
    }

    /**
     * pod-without-controller: a Pod no controller owns is not recreated (no self-healing). Owners
     * that are not controllers ({@code controller: false}, kept for garbage collection) do not
     * count. Helm hooks and static pods are exempt.
     */
    static final class PodWithoutController implements Rule {
        @Override
        public List<String> ids() {
            return List.of("pod-without-controller");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("Pod")) {
                if (o.controller() == null && !helmHook(o) && !o.annotations().containsKey("kubernetes.io/config.mirror")) {
                    findings.add("pod-without-controller", o, Findings.params());
                }
            }
        }
    }

    /** replicaset-without-deployment: a ReplicaSet nothing owns. */
    static final class ReplicaSetWithoutDeployment implements Rule {
        @Override
        public List<String> ids() {
            return List.of("replicaset-without-deployment");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("ReplicaSet")) {
                if (o.controller() == null && o.workload() != null) {
                    findings.add("replicaset-without-deployment", o, Findings.params());
                }
            }
        }
    }

    /** deployment-single-replica-without-pdb: one replica, no budget, no autoscaler keeping two or more. */
    static final class SingleReplicaWithoutBudget implements Rule {
        @Override
        public List<String> ids() {
            return List.of("deployment-single-replica-without-pdb");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("Deployment")) {
                Details.Workload w = o.workload();
                if (w == null || w.pod() == null) {
                    continue;
                }
                int replicas = w.replicas() == null ? 1 : w.replicas();
                if (replicas != 1 || budgeted(context, o) || scaledAboveOne(context, o)) {
                    continue;
                }
                findings.add("deployment-single-replica-without-pdb", o, Findings.params());
            }
        }

        private static boolean budgeted(AuditContext context, KubeObject deployment) {
            for (KubeObject o : context.inNamespace(deployment.namespace())) {
                if (o.details() instanceof Details.DisruptionBudget pdb && pdb.selector() != null
                        && pdb.selector().matches(deployment.workload().pod().labels())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean scaledAboveOne(AuditContext context, KubeObject deployment) {
            for (KubeObject o : context.inNamespace(deployment.namespace())) {
                if (o.details() instanceof Details.Autoscaler hpa && deployment.kind().equals(hpa.targetKind())
                        && deployment.name().equals(hpa.targetName()) && hpa.minReplicas() != null && hpa.minReplicas() > 1) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * statefulset-without-headless-service: the Service spec.serviceName names must exist, be
     * headless and select the StatefulSet's pods (else no pod gets its DNS name). Only for more than one replica: the headless Service gives peers stable names to
     * find each other, which a single pod does not need (charts such as Jenkins, Tempo and Argo
     * CD's controller fill serviceName only because the API asks for it).
     */
    static final class StatefulSetWithoutHeadlessService implements Rule {
        @Override
        public List<String> ids() {
            return List.of("statefulset-without-headless-service");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("StatefulSet")) {
                if (o.workload() == null || o.workload().pod() == null
                        || (o.workload().replicas() != null && o.workload().replicas() <= 1)) {
                    continue;
                }
                String name = o.workload().serviceName();
                Text reason;
                if (name == null || name.isBlank()) {
                    reason = Text.of("spec.serviceName이 비어 있음", "spec.serviceName is empty");
                } else {
                    var service = context.find("Service", o.namespace(), name);
                    if (service.isEmpty()) {
                        reason = Text.of("그 이름의 서비스가 없음", "no Service has that name");
                    } else if (service.get().details() instanceof Details.Service s && !s.headless()) {
                        reason = Text.of("서비스에 클러스터 IP가 있음 (clusterIP: None이 아님)", "the Service has a cluster IP, not clusterIP: None");
                    } else if (service.get().details() instanceof Details.Service s && s.selector().isEmpty()) {
                        reason = Text.of("헤드리스 서비스에 셀렉터가 없어 파드의 DNS 레코드가 생기지 않음",
                                "the headless Service has no selector, so no pod gets a DNS record");
                    } else if (service.get().details() instanceof Details.Service s
                            && !dev.ksa.inventory.LabelSelector.of(s.selector()).matches(o.workload().pod().labels())) {
                        reason = Text.of("헤드리스 서비스의 셀렉터가 스테이트풀셋의 파드를 선택하지 않음",
                                "the headless Service's selector does not select the StatefulSet's pods");
                    } else {
                        continue;
                    }
                }
                findings.add("statefulset-without-headless-service", o,
                        Findings.params().put("service", name == null ? "" : name).put("reason", reason));
            }
        }
    }

    /** daemonset-not-on-control-plane: a node agent must tolerate the control-plane taint. */
    static final class DaemonSetNotOnControlPlane implements Rule {
        private static final List<String> CONTROL_PLANE_TAINTS = List.of(
                "node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master");

        @Override
        public List<String> ids() {
            return List.of("daemonset-not-on-control-plane");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("DaemonSet")) {
                if (o.workload() == null || o.workload().pod() == null) {
                    continue;
                }
                PodSpec pod = o.workload().pod();
                List<String> agent = agentSigns(pod);
                if (agent.isEmpty() || tolerated(pod)) {
                    continue;
                }
                findings.add("daemonset-not-on-control-plane", o, Findings.params().put("reason", String.join(", ", agent)));
            }
        }

        private static List<String> agentSigns(PodSpec pod) {
            List<String> signs = new ArrayList<>();
            if (!pod.hostPathVolumes().isEmpty()) {
                signs.add("hostPath");
            }
            if (pod.hostNetwork()) {
                signs.add("hostNetwork");
            }
            if (pod.hostPID()) {
                signs.add("hostPID");
            }
            if (pod.containers().stream().anyMatch(c -> c.privileged())) {
                signs.add("privileged");
            }
            return signs;
        }

        private static boolean tolerated(PodSpec pod) {
            return pod.tolerations().stream().anyMatch(t -> CONTROL_PLANE_TAINTS.stream().anyMatch(k -> t.tolerates(k, "NoSchedule")));
        }
    }
}
