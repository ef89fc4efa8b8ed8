package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import dev.ksa.catalog.Catalog;
import dev.ksa.plan.PlannedComponent;
import dev.ksa.testing.Tools;
import dev.ksa.testing.Upstream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonitoringRendererTest {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> examples() {
        return RenderFixtures.EXAMPLES;
    }

    private static Map<String, Object> single(FileTree tree, String path) throws Exception {
        List<Map<String, Object>> docs = PolicyRendererTest.documents(tree.get(path));
        assertThat(docs).as(path).hasSize(1);
        return docs.get(0);
    }

    private static List<String> ruleFiles(FileTree tree) {
        return tree.files().keySet().stream().filter(p -> p.startsWith("platform/monitoring/rules/")).toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void promtoolCheckRules_passesOnEveryRuleGroup(String example, @TempDir Path dir) throws Exception {
        Tools.require("promtool");
        String promtool = "promtool";
        FileTree tree = RenderFixtures.render(example);
        List<String> files = new ArrayList<>();
        for (String path : ruleFiles(tree)) {
            Map<String, Object> rule = single(tree, path);
            Path plain = dir.resolve(Path.of(path).getFileName().toString());
            Files.writeString(plain, YAML.writeValueAsString(rule.get("spec")));
            files.add(plain.toString());
        }
        assertThat(files).hasSizeGreaterThan(10);
        var result = RenderFixtures.run(dir, RenderFixtures.args(promtool, "check", "rules", files).toArray(String[]::new));
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("FAILED");
    }

    @Test
    void promtoolTestRules_passesTheSloUnitTests(@TempDir Path dir) throws Exception {
        Tools.require("promtool");
        String promtool = "promtool";
        FileTree tree = RenderFixtures.render("on-prem-minimal");
        RenderFixtures.write(tree, dir);
        Path tests = dir.resolve("platform/monitoring/tests");
        var result = RenderFixtures.run(tests, promtool, "test", "rules", "slo.test.yaml");
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
        // the plain file promtool reads holds exactly the groups of the PrometheusRule that is applied
        Map<String, Object> applied = single(tree, "platform/monitoring/rules/slo.yaml");
        Object plain = YAML.readValue(tree.get("platform/monitoring/tests/slo-rules.yaml"), Map.class);
        JsonNode appliedGroups = YAML.valueToTree(applied.get("spec"));
        JsonNode plainGroups = YAML.valueToTree(plain);
        assertThat(appliedGroups).isEqualTo(plainGroups);
        assertThat(tree.get("platform/monitoring/kustomization.yaml").lines()).noneMatch(l -> l.trim().startsWith("- tests/"));
    }

    @Test
    void sloRules_useTheStudyGuidesFunctionsWithForSeverityAndAnnotations() throws Exception {
        String text = YAML.writeValueAsString(single(RenderFixtures.render("aws"), "platform/monitoring/rules/slo.yaml"));
        assertThat(text).contains("rate(http_requests_total", "irate(node_cpu_seconds_total", "histogram_quantile(0.99",
                "apiserver_request_duration_seconds_bucket", "container_cpu_cfs_throttled_periods_total");
        JsonNode groups = YAML.valueToTree(single(RenderFixtures.render("aws"), "platform/monitoring/rules/slo.yaml")).path("spec").path("groups");
        int alerts = 0;
        for (JsonNode rule : groups.findValues("rules").stream().flatMap(r -> iterable(r).stream()).toList()) {
            if (rule.has("alert")) {
                alerts++;
                assertThat(rule.path("for").asText()).as(rule.toString()).isNotEmpty();
                assertThat(rule.path("labels").path("severity").asText()).isIn("critical", "warning", "info");
                assertThat(rule.path("annotations").fieldNames()).toIterable().contains("summary", "description", "runbook_url");
            }
        }
        assertThat(alerts).isGreaterThanOrEqualTo(5);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void amtool_acceptsTheAlertmanagerConfigAndRoutesBySeverity(@TempDir Path dir) throws Exception {
        Tools.require("amtool");
        String amtool = "amtool";
        Map<String, Object> secret = single(RenderFixtures.render("on-prem-full"), "platform/monitoring/alertmanager/alertmanager-platform.yaml");
        assertThat(((Map<?, ?>) secret.get("metadata")).get("namespace")).isEqualTo("monitoring");
        String config = (String) ((Map<?, ?>) secret.get("stringData")).get("alertmanager.yaml");
        assertThat(config).doesNotContain("${").contains("credentials_file:").contains("example.invalid");
        Files.writeString(dir.resolve("alertmanager.yaml"), config);
        var check = RenderFixtures.run(dir, amtool, "check-config", "alertmanager.yaml");
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(route(amtool, dir, "alertname=SLOHTTPErrorRatioHigh", "severity=critical")).isEqualTo("platform-critical");
        assertThat(route(amtool, dir, "alertname=CertificateNotReady", "severity=warning")).isEqualTo("platform-default");
        assertThat(route(amtool, dir, "alertname=ContainerCPUThrottlingHigh", "severity=info")).isEqualTo("null");
        assertThat(route(amtool, dir, "alertname=Watchdog", "severity=none")).isEqualTo("null");
        assertThat(route(amtool, dir, "alertname=InfoInhibitor", "severity=none")).isEqualTo("null");
    }

    private static String route(String amtool, Path dir, String... labels) throws Exception {
        var r = RenderFixtures.run(dir, RenderFixtures.args(amtool, "config", "routes", "test", "--config.file=alertmanager.yaml", List.of(labels)).toArray(String[]::new));
        assertThat(r.exit()).as(r.output()).isZero();
        List<String> lines = r.output().lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("Warning:")).toList();
        return lines.get(lines.size() - 1);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void kubectlKustomize_buildsTheMonitoringFolder(String example, @TempDir Path dir) throws Exception {
        Tools.require("kubectl");
        String kubectl = "kubectl";
        RenderFixtures.write(RenderFixtures.render(example), dir);
        var result = RenderFixtures.run(dir, kubectl, "kustomize", "platform/monitoring");
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("kind: PrometheusRule", "kind: Secret");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void prometheusRules_areValidAgainstTheCrdAndCarryTheReleaseLabel(String example) throws Exception {
        JsonSchema schema = CrdSchemas.schema(Upstream.require("kube-prometheus-stack/charts/kube-prometheus-stack/charts/crds/crds/crd-prometheusrules.yaml"), "v1");
        String values = Files.readString(Upstream.require("kube-prometheus-stack/charts/kube-prometheus-stack/values.yaml"));
        assertThat(values).as("the chart selects rules by its release label by default").contains("ruleSelectorNilUsesHelmValues: true");
        FileTree tree = RenderFixtures.render(example);
        for (String path : ruleFiles(tree)) {
            Map<String, Object> rule = single(tree, path);
            assertThat(CrdSchemas.problems(schema, rule)).as(path).isEmpty();
            Map<?, ?> metadata = (Map<?, ?>) rule.get("metadata");
            assertThat(((Map<?, ?>) metadata.get("labels")).get("release")).as(path).isEqualTo("kube-prometheus-stack");
            assertThat(metadata.get("namespace")).isEqualTo("monitoring");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyPlannedComponentWithAnAlertsFile_getsItsOwnRules(String example) throws Exception {
        RenderContext ctx = RenderFixtures.context(example);
        FileTree tree = RenderFixtures.render(example);
        int own = 0;
        for (PlannedComponent p : ctx.inCluster()) {
            String path = "platform/monitoring/rules/" + p.id() + ".yaml";
            assertThat(tree.files()).as("%s is planned", p.id()).containsKey(path);
            if (AlertRules.own(p.id()).isPresent()) {
                own++;
                JsonNode groups = YAML.valueToTree(single(tree, path)).path("spec").path("groups");
                JsonNode group = iterable(groups).stream().filter(g -> g.path("name").asText().equals("ksa." + p.id())).findFirst().orElse(null);
                assertThat(group).as("group ksa.%s in %s", p.id(), path).isNotNull();
                assertThat(group.path("rules").size()).as(path).isPositive();
                iterable(group.path("rules")).forEach(r -> assertThat(r.path("labels").path("component").asText()).isEqualTo(p.id()));
            }
        }
        assertThat(own).as("components of %s with their own alerts", example).isGreaterThanOrEqualTo(5);
    }

    @Test
    void workloadAlerts_selectTheComponentsNamespaceAndPods() throws Exception {
        String text = YAML.writeValueAsString(single(RenderFixtures.render("on-prem-full"), "platform/monitoring/rules/ceph.yaml"));
        assertThat(text).contains("namespace=\\\"rook-ceph\\\"").contains("rook-ceph-osd").doesNotContain("rook-ceph-osd-0");
    }

    @Test
    void everyAlertsFile_namesARealComponentAndCompleteRules() throws Exception {
        Catalog catalog = Catalog.load();
        var files = DataFiles.list("render/alerts", ".yaml");
        assertThat(files).isNotEmpty();
        for (var e : files.entrySet()) {
            String id = e.getKey().replace(".yaml", "");
            assertThat(catalog.find(id)).as("render/alerts/%s names a catalog component", e.getKey()).isPresent();
            var file = AlertRules.alertFile(e.getValue(), "render/alerts/" + e.getKey());
            assertThat(file.rules()).as(e.getKey()).isNotEmpty();
            for (Map<String, Object> rule : file.rules()) {
                assertThat(rule).as(e.getKey()).containsKeys("alert", "expr", "labels", "annotations");
                assertThat(((Map<?, ?>) rule.get("labels")).get("severity")).isIn("critical", "warning", "info");
                assertThat(((Map<?, ?>) rule.get("annotations")).keySet().stream().map(String::valueOf).toList()).as(e.getKey()).contains("summary", "description", "runbook_url");
            }
        }
        for (String file : DataFiles.list("render/dashboards/components", ".json").keySet()) {
            assertThat(catalog.find(file.replace(".json", ""))).as("render/dashboards/components/%s names a catalog component", file).isPresent();
        }
    }

    @Test
    void dashboards_areSidecarConfigMapsWithANamespaceVariableFromKubePodInfo() throws Exception {
        FileTree tree = RenderFixtures.render("on-prem-full");
        List<String> dashboards = tree.files().keySet().stream().filter(p -> p.startsWith("platform/monitoring/dashboards/")).toList();
        assertThat(dashboards).contains("platform/monitoring/dashboards/platform-overview.yaml", "platform/monitoring/dashboards/cert-manager.yaml",
                "platform/monitoring/dashboards/argo-cd.yaml", "platform/monitoring/dashboards/velero.yaml");
        for (String path : dashboards) {
            Map<String, Object> cm = single(tree, path);
            Map<?, ?> metadata = (Map<?, ?>) cm.get("metadata");
            assertThat(((Map<?, ?>) metadata.get("labels")).get("grafana_dashboard")).isEqualTo("1");
            assertThat(metadata.get("namespace")).isEqualTo("monitoring");
            Map<?, ?> data = (Map<?, ?>) cm.get("data");
            assertThat(data).hasSize(1);
            JsonNode dashboard = JSON.readTree((String) data.values().iterator().next());
            JsonNode vars = dashboard.path("templating").path("list");
            JsonNode ns = iterable(vars).stream().filter(v -> v.path("name").asText().equals("namespace")).findFirst().orElseThrow();
            assertThat(ns.path("definition").asText()).isEqualTo("label_values(kube_pod_info, namespace)");
            assertThat(ns.path("query").path("query").asText()).isEqualTo("label_values(kube_pod_info, namespace)");
            assertThat(iterable(vars)).anyMatch(v -> v.path("type").asText().equals("datasource") && v.path("query").asText().equals("prometheus"));
            assertThat(dashboard.path("panels").size()).isPositive();
            assertThat(dashboard.path("uid").asText()).startsWith("ksa-");
        }
        JsonNode certManager = JSON.readTree((String) ((Map<?, ?>) single(tree, "platform/monitoring/dashboards/cert-manager.yaml").get("data")).get("cert-manager.json"));
        assertThat(certManager.toString()).contains("\"value\":[\"cert-manager\"]");
    }

    @Test
    void noGrafana_noDashboards_kibanaDoesNotReadPrometheus() {
        FileTree tree = RenderFixtures.render("license-restricted");
        assertThat(tree.files().keySet()).contains("platform/monitoring/rules/slo.yaml").noneMatch(p -> p.startsWith("platform/monitoring/dashboards/"));
    }

    @Test
    void render_isDeterministic() {
        for (String example : RenderFixtures.EXAMPLES) {
            assertThat(RenderFixtures.render(example)).isEqualTo(RenderFixtures.render(example));
        }
        assertThat(Set.copyOf(RenderFixtures.render("aws").files().values())).noneMatch(t -> t.contains("${platform}") || t.contains("${namespace}"));
    }
}
