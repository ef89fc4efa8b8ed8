package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Chart;
import dev.ksa.catalog.Component;
import dev.ksa.plan.PlannedComponent;
import dev.ksa.testing.Tools;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feature profiles' repositories, checked by {@code ksa validate} with the real charts (rendered by
 * Helm) and the upstream CRDs: nothing the features, the cloud wiring, backups, monitoring or the
 * replicas break; every component with alert rules is scraped; the pods run the service accounts
 * the IAM roles are bound to. Strictly: every chart rendered, every kustomization built, the rules
 * and provisioning files checked by the real tools, nothing left unchecked but what
 * {@link GeneratedTreeValidatesTest#OFFLINE_ONLY} names.
 */
class FeatureProfilesValidateTest {
    private static final Map<String, ValidationReport> REPORTS = new ConcurrentHashMap<>();
    /** Shared by the tests of this class: each profile is validated (and its Applications rendered) once. */
    @TempDir
    static Path shared;

    static List<String> profiles() {
        return FeatureProfiles.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void featureProfile_passesValidate_withRealChartsAndCrds(String profile) {
        ValidationReport report = validate(profile);
        GeneratedTreeValidatesTest.assertWholePlatformValid(report);
        assertThat(report.checked().charts()).as("charts rendered with Helm").isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyComponentWithAlertRules_isScraped(String profile) throws Exception {
        Path rendered = rendered(profile);
        Catalog catalog = Catalog.load();
        List<String> unscraped = new ArrayList<>();
        for (PlannedComponent p : FeatureProfiles.plan(profile).inCluster()) {
            if (AlertRules.own(p.id()).isEmpty()) {
                continue;
            }
            boolean scraped = FeatureProfiles.tree(profile).get("platform/monitoring/scrape/" + p.id() + ".yaml") != null;
            Component c = catalog.component(p.id());
            for (Chart chart : c.install().charts()) {
                Path objects = rendered.resolve(chart.release() + ".yaml");
                if (Files.exists(objects)) {
                    String text = Files.readString(objects);
                    scraped |= text.contains("kind: ServiceMonitor") || text.contains("kind: PodMonitor");
                }
                // charts that make their monitors only when the cluster serves monitoring.coreos.com/v1 (Argo CD
                // renders with the cluster's API versions; helm template without them leaves the monitors out)
                String values = FeatureProfiles.tree(profile).get("values/" + chart.release() + ".yaml");
                scraped |= values != null && monitorEnabled(GeneratedTreeTest.documents(values).get(0));
            }
            if (!scraped) {
                unscraped.add(p.id());
            }
        }
        assertThat(unscraped).as("components with render/alerts/<id>.yaml but no ServiceMonitor or PodMonitor").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void podIdentity_theRenderedPodsRunTheBoundServiceAccounts(String profile) throws Exception {
        String iam = FeatureProfiles.tree(profile).get("provisioning/terraform/iam.tf");
        if (iam == null) {
            return; // on-prem: no IAM
        }
        Path rendered = rendered(profile);
        Matcher association = Pattern.compile("resource \"aws_eks_pod_identity_association\" \"(\\w+)\" \\{[^}]*service_account\\s*=\\s*\"([^\"]+)\"").matcher(iam);
        int checked = 0;
        while (association.find()) {
            String release = association.group(1).replace('_', '-');
            Set<String> accounts = new TreeSet<>();
            for (JsonNode object : GeneratedTreeTest.documents(Files.readString(rendered.resolve(release + ".yaml")))) {
                JsonNode account = object.at("/spec/template/spec/serviceAccountName");
                if (object.path("kind").asText().matches("Deployment|StatefulSet") && !account.isMissingNode()) {
                    accounts.add(account.asText());
                }
            }
            assertThat(accounts).as("%s: the workload runs the service account the role is bound to", release).contains(association.group(2));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    /** A serviceMonitor (or podMonitor) map anywhere in the values with enabled or create true. */
    static boolean monitorEnabled(JsonNode values) {
        for (var fields = values.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getKey().matches("(?i)servicemonitor|podmonitor")
                    && (field.getValue().path("enabled").asBoolean(false) || field.getValue().path("create").asBoolean(false))) {
                return true;
            }
            if (field.getValue().isObject() && monitorEnabled(field.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static ValidationReport validate(String profile) {
        return REPORTS.computeIfAbsent(profile, p -> {
            Path repo = shared.resolve(p).resolve("repo");
            Tools.require("kubectl", "promtool", "amtool", "haproxy", "keepalived", "ansible-inventory");
            Path dir = shared.resolve(p);
            ValidateOptions options = GeneratedTreeValidatesTest.wholePlatform();
            // as ksa generate --charts writes it: the image list read off the rendered charts
            GeneratedTreeValidatesTest.generate(FeatureProfiles.plan(p), dir, options);
            return Validator.validate(dir.resolve("repo"), options.withRenderedOut(dir.resolve("rendered")));
        });
    }

    /** The objects validate rendered for each Application of a profile ({@code ksa validate --rendered}). */
    private static Path rendered(String profile) {
        validate(profile);
        return shared.resolve(profile).resolve("rendered");
    }
}
