package dev.ksa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.ksa.audit.AuditFixtures;
import dev.ksa.audit.AuditResult;
import dev.ksa.catalog.Lang;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every report format of one fixture audit: shape, validity, self-containment, determinism, golden files. */
class ReportsTest {
    static final String CLUSTER = AuditFixtures.ROOT + "/live/cluster.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    static AuditResult result() {
        return AuditFixtures.audit(AuditFixtures.read(CLUSTER));
    }

    static String render(String format, Lang lang) {
        return Reports.render(format, result(), AuditFixtures.catalog(), lang);
    }

    @ParameterizedTest(name = "-o {0} is the same twice")
    @ValueSource(strings = {"table", "json", "yaml", "md", "html", "sarif"})
    void everyFormat_isDeterministic(String format) {
        assertThat(render(format, Lang.EN)).isEqualTo(render(format, Lang.EN));
    }

    @ParameterizedTest(name = "golden {0}")
    @ValueSource(strings = {"table.en.txt", "table.ko.txt", "report.en.json", "report.en.md", "report.en.sarif"})
    void fixtureAudit_matchesGoldenFiles(String file) {
        String[] parts = file.split("\\.");
        String format = switch (parts[0]) {
            case "table" -> "table";
            default -> parts[2];
        };
        Golden.check("cluster/" + file, render(format, Lang.parse(parts[1])), "ReportsTest");
    }

    @Nested
    class Json {
        @Test
        void json_hasTheDesignShape() throws Exception {
            JsonNode json = JSON.readTree(render("json", Lang.EN));
            assertThat(json.get("edition").asText()).isEqualTo("2026");
            assertThat(json.get("source").asText()).isEqualTo(CLUSTER);
            assertThat(json.get("score").isInt()).isTrue();
            JsonNode detected = json.get("detected").get(0);
            assertThat(detected.has("id") && detected.has("version") && detected.has("namespace") && detected.get("evidence").isArray()).isTrue();
            JsonNode coverage = json.get("coverage").get(0);
            assertThat(coverage.has("category") && coverage.has("status") && coverage.get("components").isArray()).isTrue();
            JsonNode finding = json.get("findings").get(0);
            assertThat(finding.has("rule") && finding.has("severity") && finding.has("object") && finding.has("message")).isTrue();
        }

        @Test
        void yaml_carriesTheSameDocument() throws Exception {
            JsonNode json = JSON.readTree(render("json", Lang.EN));
            JsonNode yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(render("yaml", Lang.EN));
            assertThat(yaml).isEqualTo(json);
        }
    }

    @Nested
    class Sarif {
        @Test
        void sarif_validatesAgainstTheSarif210Schema() throws Exception {
            JsonSchema schema;
            try (InputStream in = Files.newInputStream(Path.of(AuditFixtures.ROOT, "sarif", "sarif-2.1.0-subset.schema.json"))) {
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
            }
            JsonNode sarif = JSON.readTree(render("sarif", Lang.EN));
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertThat(errors).isEmpty();
            JsonNode run = sarif.get("runs").get(0);
            assertThat(run.get("results").size()).isEqualTo(result().findings().size());
            JsonNode location = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(CLUSTER);
            assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(location.get("region").get("startLine").asInt()).isPositive();
            for (JsonNode result : run.get("results")) {
                assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
                        .isEqualTo(result.get("ruleId").asText());
            }
        }
    }

    @Nested
    class Page {
        @Test
        void html_isSelfContained() {
            String html = render("html", Lang.EN);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"map\"").contains("<svg class=\"chart\"")
                    .doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("url(")
                    .doesNotContain("src=").doesNotContain("href=").doesNotContain("@import");
        }

        @Test
        void html_mapShowsEveryCoveredCategory_colouredByStatus() {
            String html = render("html", Lang.KO);
            assertThat(html).contains("lang=\"ko\"").contains("인그레스").contains("#e8f5e9");
        }

        @Test
        void html_escapesWhatTheObjectsSay() {
            String evil = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x, namespace: y}\nspec:\n  template:\n    spec:\n"
                    + "      containers: [{name: c, image: \"evil</td><script>alert(1)</script>:latest\"}]\n";
            AuditResult r = AuditFixtures.audit(new dev.ksa.inventory.FileInventoryReader(
                    new java.io.ByteArrayInputStream(evil.getBytes(java.nio.charset.StandardCharsets.UTF_8))).read(java.util.List.of("-")));
            String html = Reports.render("html", r, AuditFixtures.catalog(), Lang.EN);
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        }
    }
}
