package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.testing.GoldenFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ksa plan} and {@code ksa init} as a user runs them: exact output (golden), exit codes, one-line errors. */
class PlanCommandTest {
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @ParameterizedTest(name = "examples/{0}.yaml")
    @ValueSource(strings = {"on-prem-minimal", "on-prem-full", "aws", "license-restricted"})
    void examples_planCleanly_andMatchTheirGoldenFiles(String example) {
        String file = "examples/" + example + ".yaml";
        CliRun json = run("plan", file, "-o", "json", "--lang", "en");
        assertThat(json.err()).isEmpty();
        assertThat(json.code()).as("no errors in %s", file).isZero();
        GoldenFiles.check("plan/" + example + "/plan.json", json.out(), PlanCommandTest.class);
        GoldenFiles.check("plan/" + example + "/plan.en.txt", run("plan", file, "--lang", "en").out(), PlanCommandTest.class);
        GoldenFiles.check("plan/" + example + "/plan.ko.txt", run("plan", file, "--lang", "ko").out(), PlanCommandTest.class);
        GoldenFiles.check("plan/" + example + "/waves.mmd", run("plan", file, "-o", "mermaid").out(), PlanCommandTest.class);
    }

    @Test
    void json_hasTheDesignShape() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(run("plan", "examples/on-prem-minimal.yaml", "-o", "json", "--lang", "en").out());
        assertThat(plan.path("edition").asText()).isEqualTo("2026");
        assertThat(plan.path("environment").asText()).isEqualTo("on-prem");
        JsonNode first = plan.path("components").get(0);
        for (String field : new String[] {"id", "category", "version", "namespace", "wave", "reasons"}) {
            assertThat(first.has(field)).as("components[].%s", field).isTrue();
        }
        JsonNode warning = plan.path("warnings").get(0);
        for (String field : new String[] {"code", "component", "message"}) {
            assertThat(warning.has(field)).as("warnings[].%s", field).isTrue();
        }
        assertThat(plan.path("budget").path("requested").has("cpu")).isTrue();
        assertThat(plan.path("budget").path("capacity").has("memoryGi")).isTrue();
    }

    @Test
    void sameProfile_sameBytes() {
        assertThat(run("plan", "examples/on-prem-full.yaml", "-o", "yaml").out()).isEqualTo(run("plan", "examples/on-prem-full.yaml", "-o", "yaml").out());
    }

    @Test
    void badProfile_isOneLine_exit2_noStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("platform.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/on-prem-minimal.yaml")).replace("environment: on-prem", "environment: onprem"));
        CliRun r = run("plan", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("ksa: " + file + ":8:16: spec.environment: 'onprem' is not one of on-prem, aws, gcp, azure. Did you mean 'on-prem'?\n");
    }

    @Test
    void planWithErrors_exits1_unlessFailOnNone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("platform.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/on-prem-minimal.yaml")).replace("node: {cpu: 16, memoryGi: 64}", "node: {cpu: 2, memoryGi: 4}"));
        assertThat(run("plan", file.toString()).code()).isEqualTo(1);
        assertThat(run("plan", file.toString(), "--fail-on", "none").code()).isZero();
        assertThat(run("plan", "examples/on-prem-minimal.yaml", "--fail-on", "warning").code()).isEqualTo(1);
    }

    @ParameterizedTest(name = "ksa init --environment {0} plans cleanly")
    @ValueSource(strings = {"on-prem", "aws", "gcp", "azure"})
    void init_printsAValidCommentedProfile(String environment, @TempDir Path dir) throws Exception {
        CliRun init = run("init", "--environment", environment);
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("# ").contains("environment: " + environment);
        Path file = dir.resolve("platform.yaml");
        Files.writeString(file, init.out());
        CliRun plan = run("plan", file.toString(), "--fail-on", "error");
        assertThat(plan.err()).isEmpty();
        assertThat(plan.code()).isZero();
    }

    @Test
    void init_unknownEdition_suggests() {
        CliRun r = run("init", "--edition", "2027");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("ksa: unknown edition '2027'.");
    }
}
