package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.plan.PlanWarning;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import dev.ksa.testing.Tools;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles nobody wrote an example for: every edition on every environment, with no optional
 * feature and with all of them, with the default CNI and with Cilium. Each plans without errors and
 * renders a repository that passes ksa validate as a whole platform, strictly: every chart rendered
 * by Helm from the upstream charts, every cross-check clean, nothing left unchecked but what
 * {@link GeneratedTreeValidatesTest#OFFLINE_ONLY} names, kustomizations built and rules and
 * provisioning files checked by the real tools. None of these profiles is air-gapped, so the tree is
 * rendered once (the image list read off the charts only matters to the air-gap checks, which
 * GeneratedTreeValidatesTest and FeatureProfilesValidateTest cover).
 */
class PlanMatrixTest {
    static final String ALL_FEATURES = "[access-control, multi-cluster, service-mesh, data-pipeline, mlops, serverless, virtualization,"
            + " runtime-security, policy, image-scanning, local-dev]";

    static Stream<Arguments> profiles() {
        List<Arguments> out = new ArrayList<>();
        for (String edition : List.of("2022", "2023", "2024", "2025", "2026")) {
            for (String environment : List.of("on-prem", "aws", "gcp", "azure")) {
                out.add(Arguments.of(edition, environment, "[]", "{}"));
                out.add(Arguments.of(edition, environment, ALL_FEATURES, environment.equals("on-prem") ? "{cni: cilium, policy: kyverno}" : "{policy: gatekeeper}"));
            }
        }
        return out.stream();
    }

    static String profile(String edition, String environment, String features, String choose) {
        String cluster = environment.equals("on-prem")
                ? "  cluster: {controlPlanes: 3, workers: 6, node: {cpu: 32, memoryGi: 128}, apiServer: {vip: 10.1.0.10}, loadBalancerRange: 10.1.0.100/28}\n"
                : "  region: eu-west-1\n  cluster: {workers: 6, node: {cpu: 32, memoryGi: 128}}\n";
        return "apiVersion: ksa.dev/v1alpha1\nkind: Platform\nmetadata: {name: matrix}\nspec:\n  edition: \"" + edition + "\"\n  environment: " + environment
                + "\n  domain: matrix.example.org\n  gitops: {repoURL: https://git.example.org/matrix.git}\n" + cluster
                + "  features: " + features + "\n  choose: " + choose + "\n";
    }

    @ParameterizedTest(name = "{0} on {1}, features {2}, choose {3}")
    @MethodSource("profiles")
    void anyEditionAnyEnvironment_plansAndRendersAValidRepository(String edition, String environment, String features, String choose, @TempDir Path dir) {
        Catalog catalog = Catalog.load();
        Plan plan = new Planner(catalog, Examples.DECEMBER_2026).plan(ProfileReader.parse(profile(edition, environment, features, choose), "platform.yaml"));
        assertThat(plan.warnings()).filteredOn(w -> w.severity() == PlanWarning.Severity.ERROR).as("plan errors").isEmpty();
        FileTree tree = new Renderer(catalog).render(plan, Lang.EN);
        assertThat(tree.files()).containsKeys("README.md", "bootstrap/install.sh", "bootstrap/root.yaml", "apps/kustomization.yaml", "platform.lock.json");
        Tools.require("kubectl", "promtool", "amtool", "haproxy", "keepalived", "ansible-inventory");
        ValidateOptions options = GeneratedTreeValidatesTest.wholePlatform();
        TreeWriter.write(tree, dir, false);
        ValidationReport report = Validator.validate(dir, options);
        GeneratedTreeValidatesTest.assertWholePlatformValid(report);
        assertThat(report.checked().charts()).as("charts rendered with Helm").isGreaterThan(5);
    }
}
