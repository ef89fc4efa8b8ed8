package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ksa generate} as a user runs it: writes, refuses to overwrite hand edits, refuses a plan with errors. */
class GenerateCommandTest {
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void generate_writesTheRepository_thenRefusesToOverwriteAHandEdit(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("repo");
        CliRun first = run("generate", "examples/on-prem-minimal.yaml", "-d", dir.toString(), "--lang", "en", "--no-validate");
        assertThat(first.err()).isEmpty();
        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("ksa: wrote " + dir + ": ");
        assertThat(dir.resolve("apps/grafana.yaml")).exists();
        Files.writeString(dir.resolve("values/grafana.yaml"), "# my tweak\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun second = run("generate", "examples/on-prem-minimal.yaml", "-d", dir.toString(), "--lang", "en", "--no-validate");
        assertThat(second.code()).isEqualTo(2);
        assertThat(second.err()).contains("values/grafana.yaml").contains("--force").doesNotContain("Exception");
        CliRun forced = run("generate", "examples/on-prem-minimal.yaml", "-d", dir.toString(), "--lang", "en", "--no-validate", "--force");
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).contains("overwrote files changed by hand (--force): values/grafana.yaml");
        assertThat(Files.readString(dir.resolve("values/grafana.yaml"))).doesNotContain("my tweak");
    }

    @Test
    void siteValues_inALocalFile_areKeptAndReferenced(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("repo");
        run("generate", "examples/on-prem-minimal.yaml", "-d", dir.toString(), "--lang", "en", "--no-validate");
        assertThat(Files.readString(dir.resolve("apps/external-dns.yaml"))).contains("$values/values/external-dns.local.yaml").contains("ignoreMissingValueFiles: true");
        Files.writeString(dir.resolve("values/external-dns.local.yaml"), "extraArgs: [--rfc2136-host=10.0.0.53]\n");
        CliRun again = run("generate", "examples/on-prem-minimal.yaml", "-d", dir.toString(), "--lang", "en", "--no-validate");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(dir.resolve("values/external-dns.local.yaml")).hasContent("extraArgs: [--rfc2136-host=10.0.0.53]");
        CliRun validate = run("validate", dir.toString(), "--no-tools");
        assertThat(validate.code()).as(validate.out()).isZero();
    }

    @Test
    void planWithErrors_writesNothing(@TempDir Path tmp) throws Exception {
        Path profile = tmp.resolve("platform.yaml");
        Files.writeString(profile, Files.readString(Path.of("examples/on-prem-minimal.yaml")).replace("node: {cpu: 16, memoryGi: 64}", "node: {cpu: 2, memoryGi: 4}"));
        Path dir = tmp.resolve("repo");
        CliRun r = run("generate", profile.toString(), "-d", dir.toString(), "--no-validate");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("capacity-exceeded").contains("nothing was written");
        assertThat(dir).doesNotExist();
    }

    @Test
    void generate_isByteIdenticalAcrossRuns(@TempDir Path tmp) throws Exception {
        run("generate", "examples/on-prem-full.yaml", "-d", tmp.resolve("a").toString(), "--lang", "en", "--no-validate");
        run("generate", "examples/on-prem-full.yaml", "-d", tmp.resolve("b").toString(), "--lang", "en", "--no-validate");
        assertThat(Files.readString(tmp.resolve("a/.ksa/manifest.json"))).isEqualTo(Files.readString(tmp.resolve("b/.ksa/manifest.json")));
    }
}
