package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No alert fires from day one on what the platform itself deploys, and what alerts is what is scraped. */
class AlertsFromDayOneTest {
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void certificateExpiringSoon_waitsForAnOverdueRenewal_soShortLivedCertificatesStayQuiet(@TempDir Path dir) throws Exception {
        Tools.require("promtool");
        JsonNode rule = GeneratedTreeTest.documents(FeatureProfiles.tree("on-prem-single").get("platform/monitoring/rules/cert-manager.yaml")).get(0);
        Files.writeString(dir.resolve("cert-manager.yaml"), YAML.writeValueAsString(rule.get("spec")));
        Files.copy(Path.of("src/test/resources/render/alert-tests/cert-manager.test.yaml"), dir.resolve("cert-manager.test.yaml"));
        var result = RenderFixtures.run(dir, "promtool", "test", "rules", "cert-manager.test.yaml");
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void managedControlPlanes_areNotScraped_onPremTheyAre() throws Exception {
        JsonNode aws = FeatureProfiles.document("aws", "values/kube-prometheus-stack.yaml");
        for (String target : new String[] {"kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy"}) {
            assertThat(aws.at("/" + target + "/enabled").asBoolean(true)).as("aws: %s (KubeSchedulerDown and the like would fire)", target).isFalse();
        }
        JsonNode onPrem = FeatureProfiles.document("on-prem-single", "values/kube-prometheus-stack.yaml");
        assertThat(onPrem.at("/kubeScheduler").isMissingNode()).as("on-prem: the kubeadm files bind the metrics where the chart scrapes").isTrue();
        assertThat(onPrem.at("/kubeEtcd").isMissingNode()).isTrue();
    }

    @Test
    void openSearchAlerts_readTheMetricsItsExporterServes() throws Exception {
        FileTree tree = Examples.tree("on-prem-minimal");
        String rules = tree.get("platform/monitoring/rules/opensearch.yaml");
        Matcher metric = Pattern.compile("\\b([a-z_]+_[a-z_]+)(\\{|\\s*[/)]|\\[)").matcher(rules.substring(rules.indexOf("ksa.opensearch\n")));
        int found = 0;
        while (metric.find()) {
            if (metric.group(1).startsWith("opensearch_")) {
                throw new AssertionError("no exporter serves " + metric.group(1));
            }
            found += metric.group(1).startsWith("elasticsearch_") ? 1 : 0;
        }
        assertThat(found).isGreaterThanOrEqualTo(4);
        JsonNode exporter = GeneratedTreeTest.documents(tree.get("platform/monitoring/scrape/opensearch.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        assertThat(exporter.at("/spec/template/spec/containers/0/args/0").asText()).isEqualTo("--es.uri=https://opensearch-cluster-master.logging.svc:9200");
    }

    @Test
    void storageAndLoadBalancer_areScrapedFromPlatformMonitoring_sincePrometheusInstallsAfterThem() throws Exception {
        assertThat(FeatureProfiles.wave("on-prem-single", "kube-prometheus-stack")).as("Prometheus keeps its data on Ceph")
                .isGreaterThan(FeatureProfiles.wave("on-prem-single", "rook-ceph-cluster"));
        assertThat(FeatureProfiles.tree("on-prem-single").get("values/rook-ceph-cluster.yaml")).doesNotContain("createPrometheusRules");
        assertThat(FeatureProfiles.ofKind("on-prem-single", "platform/monitoring/scrape/ceph.yaml", "ServiceMonitor").at("/spec/selector/matchLabels/app").asText())
                .isEqualTo("rook-ceph-mgr");
        assertThat(FeatureProfiles.wave("on-prem-single", "metallb")).as("everything that wants a LoadBalancer waits for MetalLB, not for Prometheus")
                .isLessThan(FeatureProfiles.wave("on-prem-single", "kube-prometheus-stack"));
        assertThat(FeatureProfiles.wave("on-prem-single", "platform-monitoring")).isGreaterThan(FeatureProfiles.wave("on-prem-single", "kube-prometheus-stack"));
    }
}
