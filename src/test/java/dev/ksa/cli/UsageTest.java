package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes on the command line: one line on stderr, exit 2, the closest command, option or value suggested. */
class UsageTest {

    @ParameterizedTest(name = "ksa {0}")
    @CsvSource(delimiter = '|', value = {
        "catalg                         | ksa: unknown command 'catalg' for 'ksa'. Did you mean 'catalog'? (ksa --help)",
        "catalog lsit                   | ksa: unknown command 'lsit' for 'ksa catalog'. Did you mean 'list'? (ksa catalog --help)",
        "plan --outptu json x.yaml      | ksa: unknown option '--outptu' for 'ksa plan'. Did you mean '--output'? (ksa plan --help)",
        "catalog list --editon 2026     | ksa: unknown option '--editon' for 'ksa catalog list'. Did you mean '--edition'? (ksa catalog list --help)",
        "catalog list --edition=2026 -x | ksa: unknown option '-x' for 'ksa catalog list'. (ksa catalog list --help)",
        "plan -o jsn x.yaml             | ksa: Invalid value for option '--output': unknown output format 'jsn' (use table, json, yaml, mermaid, dot). Did you mean 'json'? (ksa plan --help)",
        "catalog show                   | ksa: Missing required parameter: 'ID' (ksa catalog show --help)",
        "catalog show a b               | ksa: unexpected argument 'b' for 'ksa catalog show' (ksa catalog show --help)",
        "xyzzy                          | ksa: unknown command 'xyzzy' for 'ksa'. (ksa --help)",
        "help catalg                    | ksa: unknown command 'catalg' for 'ksa'. Did you mean 'catalog'? (ksa --help)",
        "completion fish                | ksa: Invalid value for positional parameter at index 0 (SHELL): unknown shell 'fish' (use bash or zsh) (ksa completion --help)",
    })
    void mistake_isOneLine_exitTwo(String args, String expected) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(expected + "\n");
    }

    @Test
    void noCommand_printsTheUsage_exitTwo() {
        CliRun run = CliRun.of();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Usage: ksa ").contains("catalog", "plan", "version", "completion");
    }

    @Test
    void version_printsVersionCommitAndJava() {
        CliRun run = CliRun.of("version");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out()).startsWith("ksa ").contains("\ncommit  ", "\njava    " + System.getProperty("java.version"));
        assertThat(CliRun.of("--version").out()).isEqualTo(run.out());
    }

    @Test
    void versionJson_hasVersionAndJava() throws Exception {
        JsonNode version = new ObjectMapper().readTree(CliRun.of("version", "-o", "json").out());
        assertThat(version.path("version").asText()).isNotBlank();
        assertThat(version.path("java").path("version").asText()).isEqualTo(System.getProperty("java.version"));
        if (version.has("commit")) {
            assertThat(version.path("commit").asText()).matches("[0-9a-f]{7,40}");
        }
    }

    @Test
    void planFromStdin_equalsPlanFromTheFile() throws Exception {
        String profile = Files.readString(Path.of("examples/aws.yaml"));
        CliRun fromFile = CliRun.of("plan", "examples/aws.yaml", "-o", "json", "--lang", "en");
        CliRun fromStdin = CliRun.withStdin(profile, "plan", "-", "-o", "json", "--lang", "en");
        assertThat(fromStdin.err()).isEmpty();
        assertThat(fromStdin.code()).isZero();
        assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    }

    @Test
    void brokenProfileOnStdin_isNamedStdin() {
        CliRun run = CliRun.withStdin("apiVersion: ksa.dev/v1alpha1\nkind: Platform\nmetadata: {name: x}\nspec:\n  edition: \"2026\"\n"
                + "  environment: on-prem\n  exclude: [cert-manger]\n", "plan", "-");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ksa: <stdin>:7:13: unknown component 'cert-manger' in spec.exclude. Did you mean 'cert-manager'? (ksa catalog list)\n");
    }

    @Test
    void emptyStdin_saysSo() {
        CliRun run = CliRun.withStdin("", "plan", "-");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("ksa: <stdin>: no profile on standard input. Pipe one in (ksa init | ksa plan -) or give the file\n");
    }

    @Test
    void generateFromStdin_writesTheSameTree(@TempDir Path dir) throws Exception {
        String profile = Files.readString(Path.of("examples/aws.yaml"));
        CliRun fromFile = CliRun.of("generate", "examples/aws.yaml", "-d", dir.resolve("a").toString(), "--no-validate", "--lang", "en");
        CliRun fromStdin = CliRun.withStdin(profile, "generate", "-", "-d", dir.resolve("b").toString(), "--no-validate", "--lang", "en");
        assertThat(fromStdin.code()).as(fromStdin.err()).isZero();
        assertThat(fromFile.code()).isZero();
        try (var files = Files.walk(dir.resolve("a"))) {
            for (Path a : files.filter(Files::isRegularFile).toList()) {
                Path relative = dir.resolve("a").relativize(a);
                Path b = dir.resolve("b").resolve(relative);
                // The README and the manifest of hashes name the profile the tree came from.
                if (!relative.toString().equals("README.md") && !relative.toString().equals(".ksa/manifest.json")) {
                    assertThat(b).as("same file from stdin").hasSameBinaryContentAs(a);
                }
            }
        }
        assertThat(dir.resolve("b/README.md")).content().contains("`<stdin>`");
    }
}
