package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional features deliver something that works, wired to each other and to the profile. */
class FeatureWiringTest {

    @Test
    void serverless_isAKnativeServingWithKourier_afterTheOperatorsCrds() throws Exception {
        JsonNode serving = FeatureProfiles.ofKind("on-prem-single", "platform/knative/serving.yaml", "KnativeServing");
        assertThat(serving.at("/apiVersion").asText()).isEqualTo("operator.knative.dev/v1beta1");
        assertThat(serving.at("/metadata/namespace").asText()).isEqualTo("knative-serving");
        assertThat(serving.at("/spec/ingress/kourier/enabled").asBoolean()).isTrue();
        assertThat(serving.at("/spec/config/network/ingress-class").asText()).isEqualTo("kourier.ingress.networking.knative.dev");
        assertThat(serving.at("/spec/config/domain").fieldNames().next()).isEqualTo("apps.small.lab.internal");
        assertThat(serving.at("/spec/registry/override").toString()).as("the gateway's Envoy is pinned").containsPattern("envoy:v[0-9.]+\"");
        assertThat(FeatureProfiles.documents("on-prem-single", "platform/knative/serving.yaml"))
                .as("the operator's namespace for Serving is written with it").anyMatch(d -> d.path("kind").asText().equals("Namespace"));
        assertThat(FeatureProfiles.wave("on-prem-single", "platform-knative")).isGreaterThan(FeatureProfiles.wave("on-prem-single", "knative-operator"));
    }

    @Test
    void dataPipeline_isAKraftKafkaAndAClickHouseThatNamesItsBootstrapAndTopic() throws Exception {
        String kafkaFile = "platform/strimzi/kafka.yaml";
        JsonNode pool = FeatureProfiles.ofKind("on-prem-single", kafkaFile, "KafkaNodePool");
        assertThat(pool.at("/spec/roles").toString()).isEqualTo("[\"controller\",\"broker\"]");
        assertThat(pool.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("small");
        assertThat(pool.at("/spec/storage/class").asText()).isEqualTo("ceph-block");
        JsonNode kafka = FeatureProfiles.ofKind("on-prem-single", kafkaFile, "Kafka");
        assertThat(kafka.at("/apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1");
        assertThat(kafka.at("/spec/kafka/listeners/0/port").asInt()).isEqualTo(9092);
        assertThat(kafka.at("/spec/zookeeper").isMissingNode()).as("KRaft: no ZooKeeper").isTrue();
        JsonNode topic = FeatureProfiles.ofKind("on-prem-single", kafkaFile, "KafkaTopic");

        JsonNode chi = FeatureProfiles.ofKind("on-prem-single", "platform/clickhouse/clickhouse.yaml", "ClickHouseInstallation");
        String config = chi.at("/spec/configuration/files").elements().next().asText();
        String bootstrap = kafka.at("/metadata/name").asText() + "-kafka-bootstrap." + kafka.at("/metadata/namespace").asText() + ".svc:9092";
        assertThat(config).contains("<kafka_broker_list>" + bootstrap + "</kafka_broker_list>")
                .contains("<kafka_topic_list>" + topic.at("/metadata/name").asText() + "</kafka_topic_list>");
        assertThat(chi.at("/spec/templates/podTemplates/0/spec/containers/0/image").asText()).matches(".*clickhouse-server:[0-9.]+");
        assertThat(FeatureProfiles.tree("on-prem-single").get("README.md")).contains("ENGINE = Kafka(platform_kafka)");
    }

    @Test
    void accessControl_isTeleportAtTeleportDotDomain_withTheOssLimitSaid() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-ha", "values/teleport.yaml");
        assertThat(values.at("/clusterName").asText()).isEqualTo("teleport.all.corp.internal");
        assertThat(values.at("/highAvailability/certManager/issuerName").asText()).isEqualTo("allon-ca");
        assertThat(values.at("/authentication/type").asText()).as("the Community Edition has no OIDC connector").isEqualTo("local");
        assertThat(FeatureProfiles.tree("on-prem-ha").get("README.md"))
                .contains("The Community Edition has no OIDC or SAML single sign-on").contains("https://keycloak.all.corp.internal/realms/allon");
        assertThat(FeatureProfiles.wave("on-prem-ha", "teleport")).isGreaterThan(FeatureProfiles.wave("on-prem-ha", "cert-manager"));
    }

    @Test
    void multiCluster_k8gbServesTheProfilesZoneAndTags_throughTheSitesDns() throws Exception {
        JsonNode ha = FeatureProfiles.document("on-prem-ha", "values/k8gb.yaml").path("k8gb");
        assertThat(ha.at("/dnsZones/0/parentZone").asText()).isEqualTo("all.corp.internal");
        assertThat(ha.at("/dnsZones/0/loadBalancedZone").asText()).isEqualTo("gslb.all.corp.internal");
        assertThat(ha.at("/clusterGeoTag").asText()).isEqualTo("seoul");
        assertThat(ha.at("/extGslbClustersGeoTags").asText()).isEqualTo("busan,daejeon");
        assertThat(ha.at("/edgeDNSServers").toString()).isEqualTo("[\"10.20.0.53\",\"10.20.0.54\"]");

        JsonNode single = FeatureProfiles.document("on-prem-single", "values/k8gb.yaml").path("k8gb");
        assertThat(single.at("/clusterGeoTag").asText()).as("default: the platform's name").isEqualTo("small");
        assertThat(single.at("/edgeDNSServers").toString()).as("default on-prem: the cluster DNS").isEqualTo("[\"10.96.0.10\"]");
        JsonNode aws = FeatureProfiles.document("aws", "values/k8gb.yaml").path("k8gb");
        assertThat(aws.at("/clusterGeoTag").asText()).as("default on a cloud: the region").isEqualTo("ap-northeast-2");
        assertThat(aws.at("/edgeDNSServers").toString()).as("the VPC's resolver").isEqualTo("[\"169.254.169.253\"]");
        for (String profile : FeatureProfiles.ALL) {
            JsonNode k8gb = FeatureProfiles.document(profile, "values/k8gb.yaml").path("k8gb");
            assertThat(k8gb.at("/dnsZones/0/parentZone").asText()).as("not the chart's example.com").isEqualTo(FeatureProfiles.plan(profile).domain());
            assertThat(k8gb.at("/edgeDNSServers").toString()).as("no public resolver").doesNotContain("1.1.1.1").doesNotContain("8.8.8.8");
        }
        JsonNode externalDns = FeatureProfiles.document("aws", "apps/external-dns.yaml");
        assertThat(externalDns.at("/spec/sources/0/helm/skipCrds").asBoolean())
                .as("k8gb's chart owns the DNSEndpoint CRD, so external-dns leaves it out").isTrue();
    }

    @Test
    void karmada_runsPinnedJobImages_andSaysWhatArgoCdDoesToItsHook() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-ha", "values/karmada.yaml");
        assertThat(values.at("/cfssl/image/tag").asText()).isNotEqualTo("latest");
        assertThat(values.at("/kubectl/image/tag").asText()).isEqualTo(FeatureProfiles.plan("on-prem-ha").kubernetesVersion());
        assertThat(FeatureProfiles.tree("on-prem-ha").get("README.md")).contains("turn off automated sync for the Application karmada");
    }

    @Test
    void linkerd_getsItsIdentityFromCertManager_beforeItsControlPlaneWaitsForIt() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-single", "values/linkerd-control-plane.yaml");
        assertThat(values.at("/identity/externalCA").asBoolean()).isTrue();
        assertThat(values.at("/identity/issuer/scheme").asText()).isEqualTo("kubernetes.io/tls");
        List<String> certificates = new ArrayList<>();
        FeatureProfiles.documents("on-prem-single", "platform/linkerd/identity.yaml").stream()
                .filter(d -> d.path("kind").asText().equals("Certificate")).forEach(d -> certificates.add(d.at("/spec/secretName").asText()));
        assertThat(certificates).containsExactlyInAnyOrder("linkerd-trust-anchor", "linkerd-identity-issuer");
        List<String> webhooks = new ArrayList<>();
        FeatureProfiles.documents("on-prem-single", "platform/linkerd/webhooks.yaml").stream()
                .filter(d -> d.path("kind").asText().equals("Certificate")).forEach(d -> webhooks.add(d.at("/spec/secretName").asText()));
        assertThat(webhooks).as("the webhooks' certificates come from cert-manager, not from every render of the chart")
                .contains("linkerd-proxy-injector-k8s-tls", "linkerd-sp-validator-k8s-tls", "linkerd-policy-validator-k8s-tls");
        assertThat(values.at("/proxyInjector/externalSecret").asBoolean()).isTrue();
        assertThat(values.at("/policyValidator/injectCaFrom").asText()).isEqualTo("linkerd/linkerd-policy-validator");
        JsonNode job = FeatureProfiles.ofKind("on-prem-single", "platform/linkerd/trust-roots.yaml", "Job");
        assertThat(job.at("/spec/template/spec/volumes").toString()).contains("linkerd-trust-anchor");
        assertThat(job.at("/spec/template/spec/containers/0/args/0").asText()).contains("linkerd-identity-trust-roots");
        assertThat(FeatureProfiles.wave("on-prem-single", "platform-linkerd"))
                .as("the identity Secrets come with the control plane, not after it")
                .isLessThanOrEqualTo(FeatureProfiles.wave("on-prem-single", "linkerd-control-plane"));
    }

    @Test
    void loki_keepsChunksInTheClaimedBucket_readingTheClaimsOwnSecret() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-single", "values/loki.yaml");
        JsonNode claim = FeatureProfiles.ofKind("on-prem-single", "platform/loki/bucket.yaml", "ObjectBucketClaim");
        assertThat(values.at("/loki/storage/bucketNames/chunks").asText()).isEqualTo(claim.at("/spec/bucketName").asText());
        assertThat(values.at("/defaults/extraEnvFrom/0/secretRef/name").asText()).isEqualTo(claim.at("/metadata/name").asText());
        assertThat(values.at("/loki/schemaConfig/configs/0/object_store").asText()).isEqualTo("s3");
        JsonNode aws = FeatureProfiles.document("aws", "values/loki.yaml");
        assertThat(aws.at("/loki/storage/s3/region").asText()).isEqualTo("ap-northeast-2");
        assertThat(FeatureProfiles.tree("aws").get("provisioning/terraform/iam.tf")).contains("\"cloudy-logs\"");
    }

    @Test
    void metallb_namesThePlannedPrometheus_andIsScrapedFromPlatformMonitoring() throws Exception {
        JsonNode values = FeatureProfiles.document("on-prem-single", "values/metallb.yaml");
        assertThat(values.at("/prometheus/serviceAccount").asText()).isEqualTo("kube-prometheus-stack-prometheus");
        assertThat(values.at("/prometheus/namespace").asText()).isEqualTo("monitoring");
        assertThat(FeatureProfiles.ofKind("on-prem-single", "platform/monitoring/scrape/metallb.yaml", "ServiceMonitor")
                .at("/metadata/namespace").asText()).isEqualTo("metallb-system");
    }
}
