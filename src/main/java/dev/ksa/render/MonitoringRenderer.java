package dev.ksa.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ksa.catalog.Component;
import dev.ksa.plan.PlannedComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code platform/monitoring/} when a {@code metrics-backend} is planned: a PrometheusRule per
 * planned in-cluster component ({@code rules/<id>.yaml}), the SLO rules of the study guide
 * ({@code rules/slo.yaml}) with their promtool unit tests ({@code tests/}, not applied), the
 * Alertmanager configuration Secret ({@code alertmanager/}), and, when a visualization reading the
 * metrics backend is planned, Grafana dashboards as sidecar ConfigMaps ({@code dashboards/}), and the
 * ServiceMonitors and PodMonitors of components whose charts cannot make them, or must not because
 * they install before the metrics backend (the storage it keeps its data on, the load balancer),
 * from {@code render/monitoring/scrape/<id>.yaml} ({@code scrape/}).
 * Every text is data under {@code render/monitoring}, {@code render/alerts} and {@code render/dashboards}.
 */
public final class MonitoringRenderer {
    static final String METRICS = "metrics-backend";
    static final String VISUALIZATION = "visualization";
    static final String FOLDER = "platform/monitoring/";
    static final String ALERTMANAGER_SECRET = "alertmanager-platform";
    static final String DASHBOARD_LABEL = "grafana_dashboard";
    static final String SCRAPE = "render/monitoring/scrape/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private MonitoringRenderer() {}

    public static void render(RenderContext ctx, FileTree.Builder out) {
        Optional<Component> metrics = ctx.provider(METRICS);
        if (metrics.isEmpty()) {
            return;
        }
        String ns = ctx.namespace(metrics.get().id());
        Map<String, Object> labels = labels(ctx, metrics.get());
        List<String> resources = new ArrayList<>();

        for (PlannedComponent p : ctx.inCluster()) {
            List<Map<String, Object>> groups = AlertRules.groups(ctx, p.id());
            String path = "rules/" + p.id() + ".yaml";
            out.put(FOLDER + path, prometheusRule("ksa-" + p.id(), ns, labels, groups,
                    "Alerts for " + ctx.component(p.id()).name() + " (namespace " + ctx.namespace(p.id()) + ")."));
            resources.add(path);
        }

        for (PlannedComponent p : ctx.inCluster()) {
            String source = SCRAPE + p.id() + ".yaml";
            DataFiles.read(source).ifPresent(text -> {
                String path = "scrape/" + p.id() + ".yaml";
                Map<String, String> values = Map.of("namespace", ctx.namespace(p.id()), "component", p.id(), "platform", ctx.plan().name());
                out.put(FOLDER + path, Yaml.documents("How Prometheus scrapes " + ctx.component(p.id()).name() + " (namespace " + ctx.namespace(p.id())
                        + "); written here rather than by its chart, which installs before the metrics backend or cannot.",
                        AlertRules.documents(DataFiles.fill(text, values, source), source)));
                resources.add(path);
            });
        }

        String slo = data("render/monitoring/slo-rules.yaml");
        out.put(FOLDER + "rules/slo.yaml", prometheusRule("ksa-slo", ns, labels, groups(slo),
                "Service level rules of the Kubernetes study guide; unit tests in ../tests (promtool test rules tests/slo.test.yaml)."));
        resources.add("rules/slo.yaml");
        out.put(FOLDER + "tests/slo-rules.yaml", slo);
        out.put(FOLDER + "tests/slo.test.yaml", data("render/monitoring/slo.test.yaml"));

        out.put(FOLDER + "alertmanager/" + ALERTMANAGER_SECRET + ".yaml", alertmanager(ctx, ns));
        resources.add("alertmanager/" + ALERTMANAGER_SECRET + ".yaml");

        dashboardsReader(ctx).ifPresent(viz -> dashboards(ctx, ctx.namespace(viz.id()), out, resources));

        out.put(FOLDER + "kustomization.yaml", Yaml.comment("Rules, Alertmanager configuration and dashboards for "
                + metrics.get().name() + "; tests/ holds promtool unit tests and is not applied.") + K8s.kustomization(resources));
    }

    /** The planned visualization that reads the metrics backend (it requires or uses it), if any. */
    static Optional<Component> dashboardsReader(RenderContext ctx) {
        return ctx.plan().components().stream().map(p -> ctx.component(p.id()))
                .filter(c -> c.provides().contains(VISUALIZATION))
                .filter(c -> c.requires().contains(METRICS) || c.uses().contains(METRICS))
                .findFirst();
    }

    /** {@code release: <chart release>} selects the rules for kube-prometheus-stack's default ruleSelector. */
    static Map<String, Object> labels(RenderContext ctx, Component metrics) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/managed-by", "ksa");
        labels.put("app.kubernetes.io/part-of", ctx.plan().name());
        if (!metrics.install().charts().isEmpty()) {
            labels.put("release", metrics.install().charts().get(0).release());
        }
        return labels;
    }

    private static String prometheusRule(String name, String ns, Map<String, Object> labels, List<Map<String, Object>> groups, String comment) {
        Map<String, Object> rule = K8s.object("monitoring.coreos.com/v1", "PrometheusRule", name, ns);
        K8s.metadata(rule).put("labels", labels);
        rule.put("spec", K8s.map("groups", groups));
        return Yaml.comment(comment) + Yaml.dump(rule);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> groups(String rulesFile) {
        return (List<Map<String, Object>>) AlertRules.parse(rulesFile, "render/monitoring/slo-rules.yaml").get("groups");
    }

    private static String alertmanager(RenderContext ctx, String ns) {
        String source = "render/monitoring/alertmanager.yaml";
        String config = DataFiles.fill(data(source), Map.of("platform", ctx.plan().name(), "namespace", ns), source);
        Map<String, Object> secret = K8s.object("v1", "Secret", ALERTMANAGER_SECRET, ns);
        K8s.metadata(secret).put("labels", K8s.map("app.kubernetes.io/managed-by", "ksa", "app.kubernetes.io/part-of", ctx.plan().name()));
        secret.put("type", "Opaque");
        secret.put("stringData", K8s.map("alertmanager.yaml", config));
        return Yaml.comment("""
                Alertmanager configuration (no secret values: the webhook token is read from a file of the
                Secret alertmanager-platform-webhook, which you create; see the comments in alertmanager.yaml).
                kube-prometheus-stack uses it with alertmanager.alertmanagerSpec.useExistingSecret: true and
                alertmanager.alertmanagerSpec.configSecret: alertmanager-platform.""") + Yaml.dump(secret);
    }

    private static void dashboards(RenderContext ctx, String ns, FileTree.Builder out, List<String> resources) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        DataFiles.list("render/dashboards/platform", ".json").forEach(chosen::put);
        DataFiles.list("render/dashboards/components", ".json").forEach((file, text) -> {
            String id = file.substring(0, file.length() - ".json".length());
            if (ctx.planned(id)) {
                chosen.put(file, text);
                defaults.put(file, ctx.namespace(id));
            }
        });
        chosen.forEach((file, text) -> {
            String name = file.substring(0, file.length() - ".json".length());
            String json = Yaml.json(withNamespace(text, defaults.get(file), file));
            Map<String, Object> cm = K8s.object("v1", "ConfigMap", "ksa-dashboard-" + name, ns);
            K8s.metadata(cm).put("labels", K8s.map(DASHBOARD_LABEL, "1", "app.kubernetes.io/managed-by", "ksa",
                    "app.kubernetes.io/part-of", ctx.plan().name()));
            K8s.metadata(cm).put("annotations", K8s.map("grafana_folder", "ksa"));
            cm.put("data", K8s.map(file, json));
            String path = "dashboards/" + name + ".yaml";
            out.put(FOLDER + path, Yaml.dump(cm));
            resources.add(path);
        });
    }

    /** The dashboard with its {@code namespace} variable preset to a component's namespace (null: All). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withNamespace(String text, String namespace, String source) {
        try {
            Map<String, Object> dashboard = JSON.readValue(text, LinkedHashMap.class);
            if (namespace != null) {
                List<Map<String, Object>> vars = (List<Map<String, Object>>) ((Map<String, Object>) dashboard.get("templating")).get("list");
                vars.stream().filter(v -> "namespace".equals(v.get("name"))).forEach(v ->
                        v.put("current", K8s.map("selected", true, "text", List.of(namespace), "value", List.of(namespace))));
            }
            return dashboard;
        } catch (IOException e) {
            throw new UncheckedIOException("render/dashboards/" + source + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String data(String resource) {
        return DataFiles.read(resource).orElseThrow(() -> new IllegalStateException(resource + " is missing"));
    }
}
