package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Removing a component from the plan (or deleting its Application) never deletes the data it made. */
class PruneSafetyTest {

    @ParameterizedTest(name = "{0} {1}: holds data = {2}")
    @CsvSource({
        "v1, Namespace, true",
        "v1, PersistentVolumeClaim, true",
        "objectbucket.io/v1alpha1, ObjectBucketClaim, true",
        "apiextensions.k8s.io/v1, CustomResourceDefinition, true",
        "kafka.strimzi.io/v1, Kafka, true",
        "kafka.strimzi.io/v1beta2, KafkaTopic, true",
        "v1, ConfigMap, false",
        "apps/v1, Deployment, false",
        "cert-manager.io/v1, Certificate, false",
        "example.com/v1, Kafka, false"})
    void holdsData_byKindAndGroup_anyVersion(String apiVersion, String kind, boolean expected) {
        assertThat(PruneSafety.holdsData(Map.of("apiVersion", apiVersion, "kind", kind))).isEqualTo(expected);
    }

    @Test
    void mark_keepsTheOptionsAnObjectAlreadyHas() {
        Map<String, Object> metadata = new LinkedHashMap<>(Map.of("name", "x",
                "annotations", new LinkedHashMap<>(Map.of(PruneSafety.ANNOTATION, "SkipDryRunOnMissingResource=true"))));
        Map<String, Object> claim = new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "PersistentVolumeClaim", "metadata", metadata));
        PruneSafety.mark(new ArrayList<>(List.of(claim)));
        assertThat(K8s.metadata(claim)).extracting(m -> ((Map<?, ?>) m.get("annotations")).get(PruneSafety.ANNOTATION))
                .isEqualTo("SkipDryRunOnMissingResource=true,Prune=false,Delete=false");
    }

    @Test
    void generatedRepository_bucketsNamespacesAndKafkaAreNeitherPrunedNorDeleted() throws Exception {
        FileTree tree = FeatureProfiles.tree("on-prem-single");
        List<String> marked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (var file : tree.files().entrySet()) {
            if (!file.getKey().startsWith("platform/") || !file.getKey().endsWith(".yaml") || file.getKey().endsWith("kustomization.yaml")) {
                continue;
            }
            for (JsonNode object : GeneratedTreeTest.documents(file.getValue())) {
                String name = object.path("kind").asText() + " " + object.at("/metadata/name").asText();
                String options = object.at("/metadata/annotations/argocd.argoproj.io~1sync-options").asText();
                boolean dataKind = object.path("kind").asText().matches("Namespace|ObjectBucketClaim|Kafka|KafkaNodePool|KafkaTopic|ClickHouseInstallation");
                if (dataKind) {
                    (options.contains("Prune=false") && options.contains("Delete=false") ? marked : unmarked).add(name);
                } else {
                    assertThat(options).as(name + " is pruned as usual").doesNotContain("Prune=false");
                }
            }
        }
        assertThat(unmarked).as("objects holding data without Prune=false,Delete=false").isEmpty();
        assertThat(marked).contains("ObjectBucketClaim velero-backups", "ObjectBucketClaim loki-chunks", "Kafka small", "Namespace logging");
    }
}
