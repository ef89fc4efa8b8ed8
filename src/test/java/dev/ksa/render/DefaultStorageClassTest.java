package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import dev.ksa.testing.Upstream;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever the storage choice, the generated platform leaves one default StorageClass: the charts are
 * rendered with real Helm (ksa validate --rendered) and every StorageClass counted, those an operator
 * applies from a ConfigMap (Longhorn) included, plus the default a new cluster of the environment has.
 */
class DefaultStorageClassTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest(name = "{0} with storage ''{1}'': the default is {2}")
    @CsvSource({
        "on-prem, '', ceph-block",
        "on-prem, longhorn, longhorn",
        "gcp, longhorn, standard-rwo",
        "aws, longhorn, gp3"})
    void generatedPlatform_hasOneDefaultStorageClass(String environment, String storage, String expected, @TempDir Path dir) throws IOException {
        Path charts = Upstream.require("charts");
        String profile = """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: storage}
                spec:
                  edition: "2026"
                  environment: %s
                  region: ap-northeast-2
                  domain: storage.internal
                  gitops: {repoURL: https://git.storage.internal/platform.git}
                  cluster: {controlPlanes: 3, workers: 3, node: {cpu: 16, memoryGi: 64}, apiServer: {vip: 10.0.0.10}, loadBalancerRange: 10.0.0.200-10.0.0.250}
                  # what neither makes nor chooses storage, left out to keep the rendering short (Velero stays: it brings Ceph's object storage)
                  exclude: [harbor, opensearch, fluent-bit, opentelemetry, prometheus, grafana, tempo, pyroscope, vault, headlamp]
                """.formatted(environment) + (storage.isEmpty() ? "" : "  choose: {storage: " + storage + "}\n");
        Catalog catalog = Catalog.load();
        var plan = new Planner(catalog, Examples.DECEMBER_2026).plan(ProfileReader.parse(profile, "platform.yaml"));
        TreeWriter.write(new Renderer(catalog).render(plan, Lang.EN), dir.resolve("repo"), false);
        ValidationReport report = Validator.validate(dir.resolve("repo"),
                ValidateOptions.defaults().withoutTools().withCharts(List.of(charts)).withRenderedOut(dir.resolve("rendered")));
        assertThat(report.problems()).as(report.summary()).noneMatch(p -> p.check().equals("storage-class-default"));

        List<String> defaults = new ArrayList<>(defaultsIn(dir.resolve("rendered")));
        if (catalog.environment(environment).defaultStorageClass() != null) {
            defaults.add(catalog.environment(environment).defaultStorageClass());
        }
        assertThat(defaults).as("default StorageClasses").containsExactly(expected);
    }

    /** Names of the StorageClasses marked default in the rendered objects, own manifests and ones carried in ConfigMaps. */
    static List<String> defaultsIn(Path rendered) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(rendered)) {
            for (Path file : files.sorted().toList()) {
                try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    for (JsonNode doc : docs.readAll()) {
                        collect(doc, out);
                        if (doc.path("kind").asText().equals("ConfigMap")) {
                            for (Map.Entry<String, JsonNode> data : doc.path("data").properties()) {
                                if (data.getValue().asText().contains("kind: StorageClass")) {
                                    collect(YAML.readTree(data.getValue().asText()), out);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void collect(JsonNode doc, List<String> out) {
        if (doc != null && doc.path("kind").asText().equals("StorageClass")
                && doc.path("metadata").path("annotations").path("storageclass.kubernetes.io/is-default-class").asText().equals("true")) {
            out.add(doc.path("metadata").path("name").asText());
        }
    }
}
