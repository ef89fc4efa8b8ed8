package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.Catalog;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Three control planes (or a managed one) and three nodes: replicas and PodDisruptionBudgets; one control plane: one of each. */
class HighAvailabilityTest {

    @ParameterizedTest(name = "{0} on {1}: {2} control planes, {3} workers -> ha {4}")
    @CsvSource({
        "on-prem, 3, 6, true",
        "on-prem, 1, 3, false",
        "on-prem, 1, 9, false",
        "on-prem, 3, 0, true",
        "on-prem, 3, 1, false",
        "aws, 0, 3, true",
        "aws, 0, 2, false",
    })
    void ha_needsAnHaControlPlane_andThreeNodesToSpreadOver(String environment, int controlPlanes, int workers, boolean ha) {
        String cluster = environment.equals("on-prem")
                ? "{controlPlanes: " + controlPlanes + ", workers: " + workers + ", apiServer: {vip: 10.1.0.10}, loadBalancerRange: 10.1.0.100/28}"
                : "{workers: " + workers + "}";
        String profile = "apiVersion: ksa.dev/v1alpha1\nkind: Platform\nmetadata: {name: ha}\nspec:\n  edition: \"2026\"\n  environment: " + environment
                + "\n  region: eu-west-1\n  domain: ha.example.org\n  cluster: " + cluster + "\n";
        Catalog catalog = Catalog.load();
        var plan = new Planner(catalog, Examples.DECEMBER_2026).plan(ProfileReader.parse(profile, "platform.yaml"));
        assertThat(HighAvailability.of(new RenderContext(plan, catalog))).isEqualTo(ha);
    }

    @Test
    void statelessControllers_runTwo_behindPodDisruptionBudgets_onlyWhenHighlyAvailable() throws Exception {
        JsonNode ha = FeatureProfiles.document("on-prem-ha", "values/cert-manager.yaml");
        assertThat(ha.at("/replicaCount").asInt()).isEqualTo(2);
        assertThat(ha.at("/webhook/replicaCount").asInt()).isEqualTo(2);
        assertThat(ha.at("/podDisruptionBudget/enabled").asBoolean()).isTrue();
        assertThat(ha.at("/webhook/podDisruptionBudget/enabled").asBoolean()).isTrue();
        JsonNode single = FeatureProfiles.document("on-prem-single", "values/cert-manager.yaml");
        assertThat(single.at("/replicaCount").isMissingNode()).isTrue();
        assertThat(single.at("/podDisruptionBudget").isMissingNode()).as("a budget over one replica blocks every drain").isTrue();

        JsonNode argo = FeatureProfiles.document("on-prem-ha", "values/argo-cd.yaml");
        assertThat(argo.at("/server/replicas").asInt()).isEqualTo(2);
        assertThat(argo.at("/repoServer/pdb/enabled").asBoolean()).isTrue();
        assertThat(FeatureProfiles.document("on-prem-single", "values/argo-cd.yaml").at("/server/replicas").isMissingNode()).isTrue();
        assertThat(FeatureProfiles.document("on-prem-ha", "values/istiod.yaml").at("/_internal_defaults_do_not_set/autoscaleMin").asInt()).isEqualTo(2);
        assertThat(FeatureProfiles.document("aws", "values/opentelemetry-collector.yaml").at("/replicaCount").asInt())
                .as("a managed control plane and six workers").isEqualTo(2);
        assertThat(FeatureProfiles.document("on-prem-ha", "values/kube-prometheus-stack.yaml").at("/alertmanager/alertmanagerSpec/replicas").asInt()).isEqualTo(2);
    }

    @Test
    void statefulPlatformParts_scaleWithTheCluster() throws Exception {
        JsonNode haPool = FeatureProfiles.ofKind("on-prem-ha", "platform/strimzi/kafka.yaml", "KafkaNodePool");
        JsonNode haKafka = FeatureProfiles.ofKind("on-prem-ha", "platform/strimzi/kafka.yaml", "Kafka");
        assertThat(haPool.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(haKafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(FeatureProfiles.ofKind("on-prem-ha", "platform/strimzi/kafka.yaml", "KafkaTopic").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(FeatureProfiles.ofKind("on-prem-single", "platform/strimzi/kafka.yaml", "KafkaNodePool").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(FeatureProfiles.ofKind("on-prem-single", "platform/strimzi/kafka.yaml", "Kafka")
                .at("/spec/kafka/config/default.replication.factor").asInt()).isEqualTo(1);
        assertThat(FeatureProfiles.document("on-prem-ha", "values/vault.yaml").at("/server/ha/replicas").asInt()).isEqualTo(3);
        assertThat(FeatureProfiles.document("on-prem-single", "values/vault.yaml").at("/server/ha/replicas").asInt()).isEqualTo(1);
        assertThat(FeatureProfiles.ofKind("on-prem-ha", "platform/knative/serving.yaml", "KnativeServing").at("/spec/high-availability/replicas").asInt())
                .isEqualTo(2);
        assertThat(FeatureProfiles.ofKind("on-prem-single", "platform/knative/serving.yaml", "KnativeServing").at("/spec/high-availability").isMissingNode())
                .isTrue();
        assertThat(FeatureProfiles.document("on-prem-single", "values/linkerd-control-plane.yaml").at("/controllerReplicas").isMissingNode()).isTrue();
    }

    @Test
    void requests_comeFromTheCatalog_whereTheChartSetsNone() throws Exception {
        var catalog = Catalog.load();
        JsonNode velero = FeatureProfiles.document("on-prem-single", "values/velero.yaml");
        assertThat(velero.at("/resources/requests/cpu").asText()).isEqualTo(catalog.component("velero").resources().cpu());
        assertThat(velero.at("/resources/requests/memory").asText()).isEqualTo(catalog.component("velero").resources().memory());
        JsonNode externalDns = FeatureProfiles.document("aws", "values/external-dns.yaml");
        assertThat(externalDns.at("/resources/requests/cpu").asText()).isEqualTo(catalog.component("external-dns").resources().cpu());
    }
}
