package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.testing.Tools;
import dev.ksa.testing.Upstream;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's generated repository, generated as {@code ksa generate --charts} writes it (its
 * image list from the rendered charts), passes {@code ksa validate --strict} as a whole platform:
 * every chart rendered by real Helm from {@code ../shared/upstream/charts}, every kustomization
 * built by kubectl with the release manifests of {@code ../shared/upstream}, alerts through promtool
 * and amtool, custom resources against the upstream CRDs, and the cross-checks (references, order,
 * ownership, drift, air gap, sign-on) finding nothing. The only parts left unchecked are the ones
 * {@link #OFFLINE_ONLY} names: release files {@code ../shared/upstream} does not hold.
 */
class GeneratedTreeValidatesTest {
    static final List<String> CRDS = List.of("argo-cd/manifests/crds", "cert-manager/deploy/crds", "metallb/config/crd/bases",
            "kyverno/config/crds", "gatekeeper/charts/gatekeeper/crds", "velero/helm-charts/charts/velero/crds", "keycloak/kubernetes",
            "kube-prometheus-stack/charts/kube-prometheus-stack/charts/crds/crds", "rook-ceph/deploy/examples/crds.yaml",
            "calico/manifests/operator-crds.yaml", "strimzi/packaging/helm-charts/helm3/strimzi-kafka-operator/crds",
            "knative/operator/config/crd/bases", "opentelemetry/config/crd/bases", "eck/config/crds/v1/all-crds.yaml",
            "istio/manifests/charts/base/files/crd-all.gen.yaml", "clickhouse/deploy/helm/clickhouse-operator/crds");

    /**
     * Kustomizations whose vendored release files the shared upstream snapshot does not hold (the
     * Kubeflow overlays and KubeVirt's release assets); validate says so, and with them only.
     */
    static final Pattern OFFLINE_ONLY = Pattern.compile(
            "manifests/(kubeflow|kubevirt)/kustomization\\.yaml: not built: (vendored resources not fetched yet|remote resource https://github\\.com/kube(flow|virt)/\\S+ \\(not in --manifests:) .*");

    static List<String> examples() {
        return Examples.ALL;
    }

    static List<Path> crds() {
        return CRDS.stream().map(Upstream::require).toList();
    }

    static ValidateOptions wholePlatform() {
        return ValidateOptions.defaults().withCrds(crds()).withCharts(List.of(Upstream.require("charts")))
                .withManifests(List.of(Upstream.require(""))).withStrict(true);
    }

    /** The tree {@code ksa generate --charts} writes: rendered once, images read off the rendered charts, rendered again. */
    static void generate(Plan plan, Path dir, ValidateOptions options) {
        Renderer renderer = new Renderer(Catalog.load());
        FileTree first = renderer.render(plan, Lang.EN);
        TreeWriter.write(first, dir.resolve("first"), false);
        Set<String> images = Validator.images(dir.resolve("first"), options);
        TreeWriter.write(renderer.render(plan, Lang.EN, images), dir.resolve("repo"), false);
    }

    static void assertWholePlatformValid(ValidationReport report) {
        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.skipped()).as("parts validate could not check").allMatch(skip -> OFFLINE_ONLY.matcher(skip).matches());
    }

    @ParameterizedTest(name = "examples/{0}.yaml")
    @MethodSource("examples")
    void generatedRepository_isValidAsAWholePlatform(String example, @TempDir Path dir) {
        Tools.require("kubectl", "promtool", "amtool");
        ValidateOptions options = wholePlatform();
        generate(Examples.plan(example), dir, options);
        ValidationReport report = Validator.validate(dir.resolve("repo"), options);
        assertWholePlatformValid(report);
        assertThat(report.missingTools()).isEmpty();
        assertThat(report.checked().charts()).as("charts rendered with Helm").isGreaterThan(10);
        assertThat(report.checked().applications()).as("Applications deployed by the app of apps").isGreaterThan(15);
        assertThat(report.checked().valuesFiles()).as("values files checked against upstream charts").isGreaterThan(10);
        assertThat(report.checked().customResources()).as("custom resources checked against CRDs").isGreaterThan(10);
        assertThat(report.checked().tools()).extracting(ValidationReport.ToolUse::tool).contains("kubectl kustomize", "promtool", "amtool");
    }
}
