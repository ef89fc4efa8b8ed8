package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.inventory.LabelSelector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Selectors across the platform: a Service whose selector matches no pod of its namespace sends
 * traffic nowhere; a ServiceMonitor that selects no Service, or names a port those Services do not
 * have, scrapes nothing and alerts never fire. Pods and Services that an operator makes from a custom
 * resource (a Prometheus, a Kafka, a CephCluster) are not among the rendered objects: in a namespace
 * with such a resource a selector that matches nothing is counted as checked at run time, not a problem.
 * Kinds that never make pods or Services are data ({@code validate/cluster.yaml} {@code noWorkloads}).
 */
final class SelectorChecks {
    private record Pod(Map<String, String> labels, Set<String> portNames) {}

    /** A Service a selector may pick: its name, labels and port names. */
    private record ServiceFacts(String name, Map<String, String> labels, Set<String> portNames, PlatformObject object) {}

    private final Platform platform;
    private final PlatformAssembly.Validation validation;
    private final Map<String, List<Pod>> pods = new LinkedHashMap<>();
    private final Map<String, List<ServiceFacts>> services = new LinkedHashMap<>();
    private final Set<String> operatorNamespaces = new TreeSet<>();
    private int leftToRunTime;

    private SelectorChecks(Platform platform, PlatformAssembly.Validation validation) {
        this.platform = platform;
        this.validation = validation;
    }

    static void run(Platform platform, PlatformAssembly.Validation validation) {
        SelectorChecks checks = new SelectorChecks(platform, validation);
        checks.index();
        checks.services();
        checks.serviceMonitors();
        checks.podMonitors();
        if (checks.leftToRunTime > 0) {
            validation.note(checks.leftToRunTime + " selector(s) of Services and ServiceMonitors match only what operators make at run time"
                    + " (namespaces with custom resources); they were not checked against rendered objects");
        }
    }

    private void index() {
        ClusterFacts facts = ClusterFacts.load();
        List<String> noWorkloads = facts.noWorkloads();
        for (ClusterFacts.Labelled pod : facts.selectable().pods()) {
            pods.computeIfAbsent(pod.namespace(), k -> new ArrayList<>()).add(new Pod(pod.labels(), Set.of()));
        }
        for (ClusterFacts.Labelled service : facts.selectable().services()) {
            services.computeIfAbsent(service.namespace(), k -> new ArrayList<>())
                    .add(new ServiceFacts(service.name(), service.labels(), new TreeSet<>(service.ports()), null));
        }
        for (PlatformObject object : platform.objects) {
            Optional<String> spec = PodSpecs.pointer(object.body());
            if (spec.isPresent()) {
                String metadata = spec.get().equals("/spec") ? "/metadata" : spec.get().substring(0, spec.get().length() - "/spec".length()) + "/metadata";
                Set<String> ports = new TreeSet<>();
                PodSpecs.containers(object.body().at(spec.get())).forEach(c -> c.path("ports").forEach(p -> ports.add(p.path("name").asText(""))));
                pods.computeIfAbsent(object.namespace(), k -> new ArrayList<>()).add(new Pod(strings(object.body().at(metadata + "/labels")), ports));
            }
            if (object.group().isEmpty() && object.kind().equals("Service")) {
                Set<String> ports = new TreeSet<>();
                object.body().path("spec").path("ports").forEach(p -> ports.add(p.path("name").asText("")));
                services.computeIfAbsent(object.namespace(), k -> new ArrayList<>())
                        .add(new ServiceFacts(object.name(), strings(object.body().at("/metadata/labels")), ports, object));
            }
            if (!TypedModels.BUILT_IN_GROUPS.contains(object.group()) && !noWorkloads.contains(object.group())
                    && !noWorkloads.contains(object.kind() + "." + object.group())) {
                operatorNamespaces.add(object.namespace());
            }
        }
    }

    private void services() {
        for (List<ServiceFacts> list : services.values()) {
            for (ServiceFacts facts : list) {
                PlatformObject service = facts.object();
                if (service == null) {
                    continue;
                }
                JsonNode spec = service.body().path("spec");
                Map<String, String> selector = strings(spec.path("selector"));
                selector.keySet().removeAll(ClusterFacts.load().runtimeLabels());
                if (selector.isEmpty() || "ExternalName".equals(spec.path("type").asText())) {
                    continue;
                }
                LabelSelector wanted = LabelSelector.of(selector);
                if (pods.getOrDefault(service.namespace(), List.of()).stream().anyMatch(p -> wanted.matches(p.labels()))) {
                    continue;
                }
                if (excused(service.namespace(), service)) {
                    continue;
                }
                validation.problem(platform.problem(service, firstValue(selector), "selector", service.describe() + " selects pods with "
                        + shown(selector) + ", but no workload of the platform in namespace " + service.namespace()
                        + " has such pods, so it sends traffic nowhere. Match the labels of the pod template it serves"));
            }
        }
    }

    private void serviceMonitors() {
        for (PlatformObject monitor : platform.objects) {
            if (!monitor.group().equals("monitoring.coreos.com") || !monitor.kind().equals("ServiceMonitor")) {
                continue;
            }
            JsonNode spec = monitor.body().path("spec");
            List<String> namespaces = monitoredNamespaces(monitor);
            if (namespaces.isEmpty()) {
                continue; // every namespace (namespaceSelector.any)
            }
            LabelSelector selector = LabelSelector.of(spec.path("selector"), java.util.function.UnaryOperator.identity());
            List<ServiceFacts> selected = new ArrayList<>();
            for (String namespace : namespaces) {
                for (ServiceFacts service : services.getOrDefault(namespace, List.of())) {
                    if (selector.matches(service.labels())) {
                        selected.add(service);
                    }
                }
            }
            if (selected.isEmpty()) {
                if (namespaces.stream().noneMatch(n -> excused(n, monitor))) {
                    validation.problem(platform.problem(monitor, firstValue(selector.matchLabels()), "selector", monitor.describe() + " selects Services with "
                            + shown(selector.matchLabels()) + " in " + String.join(", ", namespaces) + ", but the platform has none there, so nothing is scraped"
                            + " and its alerts never fire. Match the labels of the Service that exposes the metrics"));
                }
                continue;
            }
            Set<String> portNames = new TreeSet<>();
            selected.forEach(s -> portNames.addAll(s.portNames()));
            for (JsonNode endpoint : spec.path("endpoints")) {
                String port = endpoint.path("port").asText("");
                if (!port.isEmpty() && !portNames.contains(port)) {
                    validation.problem(platform.problem(monitor, port, "selector", monitor.describe() + " scrapes port " + port + ", but the Services it selects ("
                            + String.join(", ", selected.stream().map(ServiceFacts::name).distinct().toList()) + ") name their ports "
                            + String.join(", ", portNames.stream().filter(n -> !n.isEmpty()).toList()) + ". Use one of those names"));
                }
            }
        }
    }

    private void podMonitors() {
        for (PlatformObject monitor : platform.objects) {
            if (!monitor.group().equals("monitoring.coreos.com") || !monitor.kind().equals("PodMonitor")) {
                continue;
            }
            JsonNode spec = monitor.body().path("spec");
            List<String> namespaces = monitoredNamespaces(monitor);
            if (namespaces.isEmpty()) {
                continue; // every namespace (namespaceSelector.any)
            }
            LabelSelector selector = LabelSelector.of(spec.path("selector"), java.util.function.UnaryOperator.identity());
            List<Pod> selected = new ArrayList<>();
            for (String namespace : namespaces) {
                pods.getOrDefault(namespace, List.of()).stream().filter(p -> selector.matches(p.labels())).forEach(selected::add);
            }
            if (selected.isEmpty()) {
                if (namespaces.stream().noneMatch(n -> excused(n, monitor))) {
                    validation.problem(platform.problem(monitor, firstValue(selector.matchLabels()), "selector", monitor.describe() + " selects pods with "
                            + shown(selector.matchLabels()) + " in " + String.join(", ", namespaces) + ", but no workload of the platform has such pods there,"
                            + " so nothing is scraped and its alerts never fire. Match the labels of the pod template that serves the metrics"));
                }
                continue;
            }
            if (selected.stream().anyMatch(p -> p.portNames().isEmpty())) {
                continue; // pods the cluster runs (no manifest): their port names are not known
            }
            Set<String> portNames = new TreeSet<>();
            selected.forEach(p -> portNames.addAll(p.portNames()));
            portNames.remove("");
            for (JsonNode endpoint : spec.path("podMetricsEndpoints")) {
                String port = endpoint.path("port").asText("");
                if (!port.isEmpty() && !portNames.contains(port)) {
                    validation.problem(platform.problem(monitor, port, "selector", monitor.describe() + " scrapes container port " + port
                            + ", but the pods it selects " + (portNames.isEmpty() ? "name no ports. Name the container port" : "name their ports "
                            + String.join(", ", portNames) + ". Use one of those names")));
                }
            }
        }
    }

    /** The namespaces a ServiceMonitor or PodMonitor looks in: its matchNames, else its own; none for {@code any: true}. */
    private static List<String> monitoredNamespaces(PlatformObject monitor) {
        JsonNode namespaceSelector = monitor.body().path("spec").path("namespaceSelector");
        if (namespaceSelector.path("any").asBoolean(false)) {
            return List.of();
        }
        List<String> namespaces = new ArrayList<>();
        namespaceSelector.path("matchNames").forEach(n -> namespaces.add(n.asText()));
        return namespaces.isEmpty() ? List.of(monitor.namespace()) : namespaces;
    }

    /**
     * Whether a selector that matches nothing in the namespace is left unjudged: counted as a skip when
     * Applications there were not rendered, as a note when an operator there may make the match at run time.
     */
    private boolean excused(String namespace, PlatformObject selecting) {
        Optional<String> maybe = platform.unknownSource(namespace);
        if (maybe.isPresent()) {
            validation.skip(selecting.origin().file() + ": what " + selecting.describe() + " selects in namespace " + namespace
                    + " may come from " + maybe.get() + "; not checked");
            return true;
        }
        if (operatorNamespaces.contains(namespace)) {
            leftToRunTime++;
            return true;
        }
        return false;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static String shown(Map<String, String> labels) {
        return String.join(",", labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String firstValue(Map<String, String> labels) {
        return labels.isEmpty() ? "" : labels.values().iterator().next();
    }
}
