package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line as a user meets it: the real {@code ./ksa} launcher running the packaged jar
 * (failsafe runs this after {@code package}; the pom passes {@code ksa.launcher} and
 * {@code ksa.jar}). Asserts exit codes, that diagnostics stay on stderr in one line without a
 * stack trace, and the JSON shapes of DESIGN.md section 6.
 */
class LauncherEndToEndIT {
    static final Path FIXTURES = Path.of("src/test/resources/audit/e2e").toAbsolutePath();
    static Path launcher;
    static Path jar;

    record Run(int exitCode, String stdout, String stderr) {}

    @BeforeAll
    static void locate() {
        launcher = Path.of(System.getProperty("ksa.launcher", "ksa")).toAbsolutePath();
        jar = Path.of(System.getProperty("ksa.jar", "target/ksa.jar")).toAbsolutePath();
        assertThat(launcher).as("the launcher (system property ksa.launcher)").isExecutable();
        assertThat(jar).as("the packaged jar (system property ksa.jar); run ./mvnw verify, not test").isRegularFile();
    }

    static Run ksa(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(launcher.getParent().toFile());
        builder.environment().put("KSA_JAR", jar.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        // Read both streams at once so a full pipe never blocks the child.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ksa %s finished", String.join(" ", args)).isTrue();
        return new Run(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode json(Run run) throws IOException {
        return new ObjectMapper().readTree(run.stdout());
    }

    @Test
    void auditJson_exitsZero_andHasTheDocumentedShape() throws Exception {
        Run run = ksa("audit", "-f", FIXTURES.resolve("cluster.yaml").toString(), "-o", "json", "--lang", "en");
        assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isZero();
        JsonNode audit = json(run);
        assertThat(audit.fieldNames()).toIterable().contains("edition", "source", "detected", "coverage", "findings", "score");
        assertThat(audit.get("score").isNumber()).isTrue();
        JsonNode certManager = find(audit.get("detected"), "id", "cert-manager");
        assertThat(certManager.get("version").asText()).isEqualTo("v1.21.1");
        assertThat(certManager.get("namespace").asText()).isEqualTo("cert-manager");
        assertThat(certManager.get("evidence").isArray()).isTrue();
        assertThat(certManager.get("evidence")).isNotEmpty();
        JsonNode coverage = audit.get("coverage");
        assertThat(coverage).isNotEmpty();
        coverage.forEach(c -> assertThat(c.fieldNames()).toIterable().contains("category", "status", "components"));
        JsonNode findings = audit.get("findings");
        assertThat(findings).isNotEmpty();
        findings.forEach(f -> assertThat(f.fieldNames()).toIterable().contains("rule", "severity", "object", "message"));
        assertThat(findings).anySatisfy(f -> assertThat(f.get("object").asText()).contains("debug"));
    }

    @Test
    void auditFailOn_exitsOne_whenTheSeverityIsFound() throws Exception {
        Run run = ksa("audit", "-f", FIXTURES.resolve("cluster.yaml").toString(), "-o", "json", "--fail-on", "info");
        assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isEqualTo(1);
        assertThat(json(run).get("findings")).as("the report is still written").isNotEmpty();
    }

    @Test
    void auditOfAMissingFile_exitsTwo_withOneLineAndNoStackTrace() throws Exception {
        Path missing = FIXTURES.resolve("no-such-dump.yaml");
        Run run = ksa("audit", "-f", missing.toString(), "-o", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).as("no half-written report").isEmpty();
        assertThat(run.stderr().strip().lines()).singleElement().satisfies(line -> assertThat(line).contains(missing.toString()));
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void auditOfBrokenYaml_exitsTwo_namingFileAndLine() throws Exception {
        Path broken = FIXTURES.resolve("broken.yaml");
        Run run = ksa("audit", "-f", broken.toString(), "-o", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr().strip().lines()).singleElement().satisfies(line -> assertThat(line).containsPattern("broken\\.yaml:\\d+"));
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void catalogListJson_forEdition2026_hasTheDocumentedShape() throws Exception {
        Run run = ksa("catalog", "list", "--edition", "2026", "-o", "json");
        assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isZero();
        JsonNode list = json(run);
        assertThat(list.isArray()).isTrue();
        assertThat(list).isNotEmpty();
        list.forEach(c -> {
            assertThat(c.fieldNames()).toIterable().contains("id", "name", "category", "license", "editions");
            assertThat(c.get("editions")).extracting(JsonNode::asText).contains("2026");
        });
        assertThat(find(list, "id", "cilium").get("category").asText()).isEqualTo("cni");
    }

    @Test
    void unknownOption_exitsTwo() throws Exception {
        Run run = ksa("audit", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).doesNotContain("\tat ");
    }

    @Test
    void initThenPlan_printsAProfileThatPlansCleanly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run init = ksa("init", "--environment", "on-prem");
        assertThat(init.exitCode()).as("stderr: %s", init.stderr()).isZero();
        Path profile = java.nio.file.Files.writeString(dir.resolve("platform.yaml"), init.stdout());
        Run plan = ksa("plan", profile.toString(), "-o", "json", "--lang", "en");
        assertThat(plan.exitCode()).as("stderr: %s", plan.stderr()).isZero();
        JsonNode document = json(plan);
        assertThat(document.path("edition").asText()).isEqualTo("2026");
        document.path("components").forEach(c -> assertThat(c.fieldNames()).toIterable()
                .contains("id", "category", "version", "namespace", "wave", "reasons"));
        assertThat(document.path("budget").path("capacity").has("cpu")).isTrue();
    }

    @Test
    void planOfABrokenProfile_exitsTwo_namingFileLineAndColumn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path profile = java.nio.file.Files.writeString(dir.resolve("platform.yaml"),
                "apiVersion: ksa.dev/v1alpha1\nkind: Platform\nmetadata: {name: x}\nspec:\n  edition: \"2026\"\n  environment: on-prem\n  exclude: [cert-manger]\n");
        Run run = ksa("plan", profile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("ksa: " + profile + ":7:13: unknown component 'cert-manger' in spec.exclude. Did you mean 'cert-manager'? (ksa catalog list)\n");
    }

    @Test
    void generateThenValidate_writesAValidRepository(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Run generate = ksa("generate", "examples/aws.yaml", "-d", repo.toString(), "--lang", "en", "--no-validate");
        assertThat(generate.exitCode()).as("stderr: %s", generate.stderr()).isZero();
        assertThat(generate.stdout()).startsWith("ksa: wrote " + repo + ": ");
        assertThat(repo.resolve("bootstrap/root.yaml")).isRegularFile();
        Run validate = ksa("validate", repo.toString(), "--no-tools", "-o", "json");
        assertThat(validate.exitCode()).as("stdout: %s stderr: %s", validate.stdout(), validate.stderr()).isZero();
        assertThat(json(validate).path("problems")).isEmpty();
        Run again = ksa("generate", "examples/aws.yaml", "-d", repo.toString(), "--lang", "en", "--no-validate");
        assertThat(again.stdout()).contains("0 written");
    }

    @Test
    void validateOfAMissingDirectory_exitsTwo() throws Exception {
        Run run = ksa("validate", "no/such/dir");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("ksa: ").doesNotContain("\tat ");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }
}
