package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.testing.Tools;
import dev.ksa.testing.Upstream;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's generated repository passes {@code ksa validate} with the real tools (kubectl
 * kustomize, promtool, amtool), its custom resources against the upstream CRDs and its values
 * against the upstream charts of {@code ../shared/upstream}.
 */
class GeneratedTreeValidatesTest {
    static final List<String> CRDS = List.of("argo-cd/manifests/crds", "cert-manager/deploy/crds", "metallb/config/crd/bases",
            "kyverno/config/crds", "gatekeeper/charts/gatekeeper/crds", "velero/helm-charts/charts/velero/crds", "keycloak/kubernetes",
            "kube-prometheus-stack/charts/kube-prometheus-stack/charts/crds/crds", "rook-ceph/deploy/examples/crds.yaml");

    static List<String> examples() {
        return Examples.ALL;
    }

    @ParameterizedTest(name = "examples/{0}.yaml")
    @MethodSource("examples")
    void generatedRepository_isValid(String example, @TempDir Path dir) {
        Tools.require("kubectl", "promtool", "amtool");
        List<Path> crds = CRDS.stream().map(Upstream::require).toList();
        FileTree tree = Examples.tree(example);
        TreeWriter.write(tree, dir.resolve("repo"), false);
        ValidationReport report = Validator.validate(dir.resolve("repo"), ValidateOptions.defaults().withCrds(crds).withCharts(List.of(Upstream.require(""))));
        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.missingTools()).isEmpty();
        assertThat(report.checked().valuesFiles()).as("values files checked against upstream charts").isGreaterThan(10);
        assertThat(report.checked().customResources()).as("custom resources checked against CRDs").isGreaterThan(10);
        assertThat(report.checked().tools()).extracting(ValidationReport.ToolUse::tool).contains("kubectl kustomize", "promtool", "amtool");
    }
}
