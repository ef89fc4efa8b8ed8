package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.testing.Tools;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture tree under src/test/resources/validate/ and the exact problem lines it must give. */
class ValidatorTest {

    /** Trees ksa checks itself: no external tool needed. */
    static Stream<Arguments> withoutTools() {
        return Stream.of(
                Arguments.of("bad-yaml", List.of(
                        "broken.yaml:7: invalid YAML: expected ',' or ']', but got <stream end>. Fix the YAML there")),
                Arguments.of("unknown-field", List.of(
                        "deployment.yaml:17: Deployment spec.template.spec.containers[0] has no field 'imagePullPolicyy'. Did you mean 'imagePullPolicy'?"
                                + " Remove it or move it where it belongs (kubectl explain deployment.spec.template.spec.containers)",
                        "deployment.yaml:25: Deployment spec.replicas: 'three' is not an integer. Give the type the field has (kubectl explain deployment.spec.replicas)",
                        "deployment.yaml:38: ConfigMap has no metadata.name. Name it")),
                Arguments.of("cr-invalid", List.of(
                        "metallb.yaml:7: IPAddressPool default: spec.addresses: string found, array expected. Fix it as the CRD says (metallb.io_ipaddresspools.yaml)",
                        "metallb.yaml:8: IPAddressPool default: spec has no field 'autoassign'. Fix it as the CRD says (metallb.io_ipaddresspools.yaml)",
                        "metallb.yaml:10: L2Advertisement has no version v9 in its CRD (metallb.io_l2advertisements.yaml serves v1beta1). Use one of those")),
                Arguments.of("values-key", List.of(
                        "values/cert-manager.yaml:1: helm template of chart cert-manager v0.0.0 for Application cert-manager fails with these values:"
                                + " values don't meet the specifications of the schema(s) in the following chart(s): cert-manager: - at '/replicaCount':"
                                + " got string, want number. Fix the values (or the chart)",
                        "values/cert-manager.yaml:1: value replicaCount: string found, number expected (values.schema.json of chart cert-manager v0.0.0)."
                                + " Change the value so the chart's schema accepts it",
                        "values/grafana.yaml:1: helm template of chart grafana 12.11.1 for Application grafana fails with these values: template:"
                                + " grafana/templates/deployment.yaml:39:28: executing \"grafana/templates/deployment.yaml\" at <include \"grafana.configData\" .>:"
                                + " error calling include: template: grafana/templates/_config.tpl:43:19: executing \"grafana.configData\" at <$value>:"
                                + " wrong type for value; expected map[string]interface {}; got string. Fix the values (or the chart)",
                        "values/grafana.yaml:3: key persistance is not a value of chart grafana 12.11.1 (did you mean persistence?)."
                                + " Use a key of the chart's values.yaml, or remove it",
                        "values/grafana.yaml:9: key sidecar.dashboards.enabld is not a value of chart grafana 12.11.1 (did you mean sidecar.dashboards.enabled?)."
                                + " Use a key of the chart's values.yaml, or remove it")),
                Arguments.of("argo-app", List.of(
                        "apps/grafana.yaml:1: Deployment grafana of chart grafana changes on every render at /spec/template/metadata/annotations/checksum~1secret"
                                + " (a generated secret or certificate?), so Application grafana never settles and rotates it on every sync. Pin it in the values"
                                + " (an existing Secret) or add it to the Application's ignoreDifferences [chart grafana, grafana/templates/deployment.yaml]",
                        "apps/grafana.yaml:1: Secret grafana of chart grafana changes on every render at /data/admin-password (a generated secret or certificate?),"
                                + " so Application grafana never settles and rotates it on every sync. Pin it in the values (an existing Secret) or add it to the"
                                + " Application's ignoreDifferences [chart grafana, grafana/templates/secret.yaml]",
                        "apps/grafana.yaml:7: Application grafana: sync wave 'two' is not an integer. Give a whole number such as \"0\" or \"-1\"",
                        "apps/grafana.yaml:16: Application grafana: values file $values/values/grafana.yaml does not exist in this repository. Create values/grafana.yaml or fix the path",
                        "apps/grafana.yaml:20: Application grafana: spec.destination.namespace is not set. Name the namespace the component installs into",
                        "apps/grafana.yaml:29: Application platform: annotation argocd.argoproj.io/sync-wave must be a string. Quote it: \"3\"",
                        "apps/grafana.yaml:35: Application platform: path 'platform' does not exist in this repository. Create it or fix the path")),
                Arguments.of("clash", List.of(
                        "b.yaml:2: ConfigMap demo/settings is also defined at a.yaml:1. Keep one of them, or give them different names or namespaces")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutTools")
    @DisplayName("broken trees give exactly these problem lines")
    void brokenTree_givesExactProblemLines(String tree, List<String> expected) {
        ValidationReport report = Validator.validate(Fixtures.tree(tree), Fixtures.options().withoutTools());

        assertThat(report.problems()).extracting(Problem::display).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> withTools() {
        return Stream.of(
                Arguments.of("broken-rule", List.of("promtool"), List.of(
                        "rules.yaml:13: PrometheusRule broken: promtool check rules: group \"broken.rules\", rule 2, \"Broken\": could not parse expression:"
                                + " 1:35: parse error: unexpected <by> in aggregation. Fix the rule")),
                Arguments.of("failing-test", List.of("promtool"), List.of(
                        "slo.test.yaml:12: promtool test rules: alert WebHighErrorRate at 15m is not what the test expects (expected [], got alerts firing)."
                                + " Fix the rule or the test's exp_alerts")),
                Arguments.of("bad-alertmanager", List.of("amtool"), List.of(
                        "alertmanager.yaml:1: Alertmanager configuration: amtool check-config: undefined receiver \"nobody\" used in route. Fix the Alertmanager configuration",
                        "secret.yaml:12: Secret alertmanager-main: amtool check-config: field email_configz not found in type config.plain. Fix the Alertmanager configuration")),
                Arguments.of("broken-kustomization", List.of("kubectl"), List.of(
                        "kustomization.yaml:5: kubectl kustomize fails: accumulating resources: accumulation err='accumulating resources from 'missing.yaml':"
                                + " evalsymlink failure on 'missing.yaml' : lstat missing.yaml: no such file or directory'. Fix the kustomization or the files it names")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withTools")
    @DisplayName("the real tools' failures are mapped to the tree's lines")
    void realToolFailure_isMappedToTheLine(String tree, List<String> tools, List<String> expected) {
        Tools.require(tools.toArray(String[]::new));

        ValidationReport report = Validator.validate(Fixtures.tree(tree), Fixtures.options());

        assertThat(report.problems()).extracting(Problem::display).containsExactlyElementsOf(expected);
        assertThat(report.missingTools()).isEmpty();
    }

    @Test
    void goodTree_isValidWithEveryToolRun() {
        Tools.require("kubectl", "promtool", "amtool");

        ValidationReport report = Validator.validate(Fixtures.tree("good"), Fixtures.options());

        assertThat(report.problems()).extracting(Problem::display).isEmpty();
        assertThat(report.checked().tools()).extracting(ValidationReport.ToolUse::tool, ValidationReport.ToolUse::runs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kubectl kustomize", 1), org.assertj.core.groups.Tuple.tuple("promtool", 2),
                        org.assertj.core.groups.Tuple.tuple("amtool", 1));
        assertThat(report.checked().customResources()).as("the tree's own and the ServiceMonitor the grafana chart renders").isEqualTo(8);
        assertThat(report.checked().valuesFiles()).isEqualTo(2);
        assertThat(report.summary()).startsWith("validated 13 files, 71 objects (2 charts rendered, 4 Applications deployed): 0 problems, ")
                .endsWith("; checked with kubectl kustomize, promtool, amtool");
        assertThat(report.skipped()).as("a tree without bootstrap or lock file leaves to the cluster what it does not hold")
                .allMatch(s -> s.contains("may come from the cluster this tree is applied to") || s.contains("argocd-cm"));
    }

    @Test
    void customResourceWithoutCrd_isSkippedNotAProblem() {
        ValidationReport report = Validator.validate(Fixtures.tree("cr-invalid"), Fixtures.options().withoutTools());

        assertThat(report.skipped()).contains("1 custom resource not checked against a CRD (give --crds DIR with their CRDs): Widget.example.com (1)");
        assertThat(report.problems()).noneMatch(p -> p.message().contains("Widget"));
    }

    @Test
    void remoteKustomization_isSkippedWithANote() {
        Tools.require("kubectl");

        ValidationReport report = Validator.validate(Fixtures.tree("broken-kustomization"), Fixtures.options());

        assertThat(report.skipped()).contains("remote/kustomization.yaml: not built: remote resource"
                + " https://github.com/argoproj/argo-cd/manifests/cluster-install?ref=v3.4.4 needs the network, so its objects were not checked");
    }

    @Test
    void valuesWithoutCharts_areSkippedWithANote() {
        ValidationReport report = Validator.validate(Fixtures.tree("values-key"), ValidateOptions.defaults().withoutTools());

        assertThat(report.problems()).isEmpty();
        assertThat(report.skipped()).contains("2 values file(s) not checked against their charts, and no chart rendered (give --charts DIR with the upstream charts)");
    }
}
