package dev.ksa.audit;

import dev.ksa.inventory.Details;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.LabelSelector;
import dev.ksa.inventory.ObjectRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Rules on Services: selectors that match nothing, NodePorts beside an ingress, load balancers without an address. */
final class ServiceRules {
    private ServiceRules() {}

    private static Details.Service service(KubeObject o) {
        return o.details() instanceof Details.Service s ? s : null;
    }

    /**
     * service-selector-matches-nothing, in every namespace of the input, with or without pods.
     * Files show only the pods they define: a file audit skips namespaces with custom resources
     * (whose operators create pods no file shows), and ignores selector labels that only
     * controllers put on pods.
     */
    static final class SelectorMatchesNothing implements Rule {
        @Override
        public List<String> ids() {
            return List.of("service-selector-matches-nothing");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("Service")) {
                Details.Service s = service(o);
                if (s == null || s.selector().isEmpty() || "ExternalName".equals(s.type())) {
                    continue;
                }
                List<Map<String, String>> pods = context.podLabels(o.namespace());
                if (!context.live() && context.hasCustomResources(o.namespace())) {
                    continue;
                }
                Map<String, String> wanted = context.live() ? s.selector() : withoutControllerLabels(s.selector());
                if (wanted.isEmpty()) {
                    continue;
                }
                LabelSelector selector = LabelSelector.of(wanted);
                if (pods.stream().noneMatch(selector::matches)) {
                    String shown = new TreeMap<>(s.selector()).entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
                    findings.add("service-selector-matches-nothing", o, Findings.params().put("selector", shown));
                }
            }
        }
    }

    /**
     * Labels controllers put on the pods they create, never in a pod template: a Service that
     * selects one pod of a StatefulSet (Redis HA's announce Services) matches in the cluster but
     * not in the files.
     */
    private static final Set<String> CONTROLLER_LABELS = Set.of("statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index",
            "controller-revision-hash", "pod-template-hash");

    private static Map<String, String> withoutControllerLabels(Map<String, String> selector) {
        Map<String, String> kept = new TreeMap<>(selector);
        kept.keySet().removeAll(CONTROLLER_LABELS);
        return kept;
    }

    /** service-nodeport-with-ingress: the ingress controller's own Services are exempt. */
    static final class NodePortWithIngress implements Rule {
        private static final Set<String> ENTRY_KINDS = Set.of("Ingress", "IngressClass", "Gateway", "GatewayClass");

        @Override
        public List<String> ids() {
            return List.of("service-nodeport-with-ingress");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            String via = entry(context);
            if (via == null) {
                return;
            }
            Set<ObjectRef> controllers = context.evidenceOfProviders("ingress");
            controllers.addAll(context.evidenceOfProviders("gateway-api"));
            for (KubeObject o : context.kind("Service")) {
                Details.Service s = service(o);
                if (s == null || !"NodePort".equals(s.type()) || controllers.contains(o.ref()) || selectsController(context, o, s, controllers)) {
                    continue;
                }
                findings.add("service-nodeport-with-ingress", o, Findings.params().put("via", via));
            }
        }

        private static String entry(AuditContext context) {
            for (KubeObject o : context.objects()) {
                String group = o.ref().group();
                boolean api = group.equals("networking.k8s.io") || group.equals("extensions") || group.equals("gateway.networking.k8s.io");
                if (api && ENTRY_KINDS.contains(o.kind())) {
                    return o.kind() + " " + o.name();
                }
            }
            for (Detection d : context.detections()) {
                if (context.catalog().find(d.id()).map(c -> c.provides().contains("ingress")).orElse(false)) {
                    return d.id();
                }
            }
            return null;
        }

        private static boolean selectsController(AuditContext context, KubeObject service, Details.Service s, Set<ObjectRef> controllers) {
            if (s.selector().isEmpty()) {
                return false;
            }
            LabelSelector selector = LabelSelector.of(s.selector());
            for (KubeObject o : context.inNamespace(service.namespace())) {
                if (controllers.contains(o.ref()) && o.workload() != null && o.workload().pod() != null
                        && selector.matches(o.workload().pod().labels())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** service-loadbalancer-pending: only where the object carries its status (a live cluster or a dump). */
    static final class LoadBalancerPending implements Rule {
        @Override
        public List<String> ids() {
            return List.of("service-loadbalancer-pending");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("Service")) {
                Details.Service s = service(o);
                if (s != null && "LoadBalancer".equals(s.type()) && s.hasStatus() && !s.loadBalancerAssigned()) {
                    findings.add("service-loadbalancer-pending", o, Findings.params());
                }
            }
        }
    }

    /** ingress-backend-missing: each backend Service an Ingress names must exist in its namespace. */
    static final class IngressBackendMissing implements Rule {
        @Override
        public List<String> ids() {
            return List.of("ingress-backend-missing");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("Ingress")) {
                if (!(o.details() instanceof Details.Ingress ingress) || (!context.live() && context.hasCustomResources(o.namespace()))) {
                    continue;
                }
                for (String service : ingress.services()) {
                    if (context.find("Service", o.namespace(), service).isEmpty()) {
                        findings.add("ingress-backend-missing", o, Findings.params().put("service", service));
                    }
                }
            }
        }
    }

    /** pdb-selector-matches-nothing: a budget that selects no pod (template) of its namespace. */
    static final class BudgetSelectsNothing implements Rule {
        @Override
        public List<String> ids() {
            return List.of("pdb-selector-matches-nothing");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.kind("PodDisruptionBudget")) {
                if (!(o.details() instanceof Details.DisruptionBudget pdb) || (!context.live() && context.hasCustomResources(o.namespace()))) {
                    continue;
                }
                List<Map<String, String>> pods = context.podLabels(o.namespace());
                boolean matches = pdb.selector() != null && pods.stream().anyMatch(pdb.selector()::matches);
                if (!matches) {
                    findings.add("pdb-selector-matches-nothing", o, Findings.params().put("selector", describe(pdb.selector())));
                }
            }
        }

        private static String describe(LabelSelector selector) {
            if (selector == null) {
                return "(none)";
            }
            List<String> parts = new java.util.ArrayList<>();
            new TreeMap<>(selector.matchLabels()).forEach((k, v) -> parts.add(k + "=" + v));
            selector.expressions().forEach(r -> parts.add(r.key() + " " + r.operator() + " " + r.values()));
            return parts.isEmpty() ? "{}" : String.join(",", parts);
        }
    }
}
