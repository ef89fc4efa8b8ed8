package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.testing.Processes;
import dev.ksa.testing.Processes.Run;
import dev.ksa.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./ksa} launcher installed as users install it: a symlink in a directory on PATH (through a chain of
 * relative links) and {@code kubectl-ksa}, which kubectl runs as the plugin {@code kubectl ksa}. The launcher must find
 * its jar from its real location, not from the link's. It runs from a copy of the checkout's launcher whose
 * {@code target/} holds the packaged jar, so no build happens here.
 */
class LauncherInstallIT {
    @TempDir static Path home;
    static Path bin;
    static Path elsewhere;

    @BeforeAll
    static void install() throws Exception {
        Path launcher = Path.of(System.getProperty("ksa.launcher", "ksa")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("ksa.jar", "target/ksa.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar; run ./mvnw verify").isRegularFile();
        Path checkout = Files.createDirectories(home.resolve("opt/ksa-checkout"));
        Files.copy(launcher, checkout.resolve("ksa"));
        // A checkout whose pom.xml is older than its jar: the launcher runs the jar and builds nothing.
        Files.writeString(checkout.resolve("pom.xml"), "");
        Files.setLastModifiedTime(checkout.resolve("pom.xml"), FileTime.fromMillis(0));
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(jar, checkout.resolve("target/ksa.jar"));
        Files.createSymbolicLink(checkout.resolve("target/lib"), jar.resolveSibling("lib"));
        // ~/bin/ksa -> ../links/ksa -> /abs/opt/ksa-checkout/ksa ; ~/bin/kubectl-ksa -> ksa (relative, in the same folder)
        Path links = Files.createDirectories(home.resolve("links"));
        Files.createSymbolicLink(links.resolve("ksa"), checkout.resolve("ksa"));
        bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("ksa"), Path.of("../links/ksa"));
        Files.createSymbolicLink(bin.resolve("kubectl-ksa"), Path.of("ksa"));
        elsewhere = Files.createDirectories(home.resolve("work"));
    }

    static Run shell(String command) throws Exception {
        return Processes.run(List.of("bash", "-c", command), elsewhere,
                Map.of("PATH", bin + ":" + System.getenv("PATH"), "KSA_JAR", "", "LANG", "C.UTF-8"));
    }

    @Test
    void symlinkOnPath_runsKsa_fromAnotherDirectory() throws Exception {
        Run run = shell("ksa version -o json");
        assertThat(run.exitCode()).as("%s", run).isZero();
        JsonNode version = new ObjectMapper().readTree(run.stdout());
        assertThat(version.path("version").asText()).isEqualTo(System.getProperty("ksa.version", version.path("version").asText()));
        assertThat(run.stderr()).as("no build, no noise").isEmpty();
    }

    @Test
    void symlinkOnPath_readsTheProfileFromStdin() throws Exception {
        Path profile = Path.of("examples/aws.yaml").toAbsolutePath();
        Run run = shell("ksa plan - -o json --lang en < '" + profile + "'");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(new ObjectMapper().readTree(run.stdout()).path("environment").asText()).isEqualTo("aws");
    }

    @Test
    void symlinkOnPath_mistypedCommand_isOneLineWithASuggestion() throws Exception {
        Run run = shell("ksa catalg");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("ksa: unknown command 'catalg' for 'ksa'. Did you mean 'catalog'? (ksa --help)\n");
    }

    @Test
    void kubectlPlugin_runsAsKubectlKsa() throws Exception {
        Tools.require("kubectl");
        Run list = shell("kubectl plugin list 2>&1; true");
        assertThat(list.stdout()).contains(bin.resolve("kubectl-ksa").toString());
        Run run = shell("kubectl ksa catalog list --edition 2026 --category cni -o json");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(new ObjectMapper().readTree(run.stdout()).findValuesAsText("id")).contains("calico", "cilium");
    }

    @Test
    void kubectlPlugin_namesItselfKubectlKsa_inUsageAndErrors() throws Exception {
        Tools.require("kubectl");
        Run wrong = shell("kubectl ksa catalog lsit");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.stderr()).isEqualTo("ksa: unknown command 'lsit' for 'kubectl ksa catalog'. Did you mean 'list'? (kubectl ksa catalog --help)\n");
        Run help = shell("kubectl ksa --help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).startsWith("Usage: kubectl ksa ");
    }

    @Test
    void completionScript_fromTheInstalledLauncher_isValidBash() throws Exception {
        Run run = shell("source <(ksa completion bash) && complete -p ksa");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.stdout()).contains("_complete_ksa").endsWith(" ksa\n");
    }
}
