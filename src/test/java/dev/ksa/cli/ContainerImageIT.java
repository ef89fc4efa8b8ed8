package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.testing.Processes;
import dev.ksa.testing.Processes.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image Jib wrote to target/ksa-image.tar, checked without a container runtime: its manifest and config
 * (entrypoint, non-root user), its layers unpacked into a root file system, and its entrypoint run there under chroot
 * (as the image's user, with only what the image holds: if a library were missing, Java would not start).
 */
class ContainerImageIT {
    @TempDir static Path work;
    static Path rootfs;
    static JsonNode config;

    @BeforeAll
    static void unpack() throws Exception {
        Path image = Path.of(System.getProperty("ksa.image", "target/ksa-image.tar")).toAbsolutePath();
        if (!Files.isRegularFile(image)) {
            String message = image + " is missing: the build ran with -Dksa.skipImage";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path outer = Files.createDirectories(work.resolve("image"));
        assertThat(Processes.run(List.of("tar", "xf", image.toString()), outer, Map.of()).exitCode()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(outer.resolve("manifest.json").toFile()).get(0);
        config = json.readTree(outer.resolve(manifest.path("Config").asText()).toFile()).path("config");
        rootfs = Files.createDirectories(work.resolve("rootfs"));
        for (JsonNode layer : manifest.path("Layers")) {
            Run untar = Processes.run(List.of("tar", "xzf", outer.resolve(layer.asText()).toString(), "-C", rootfs.toString()), outer, Map.of());
            assertThat(untar.exitCode()).as("%s", untar).isZero();
        }
    }

    @Test
    void config_runsKsaWithTheImagesJava_asANonRootUser() {
        assertThat(config.path("Entrypoint").get(0).asText()).isEqualTo("/opt/java/bin/java");
        assertThat(config.path("Entrypoint").toString()).contains("dev.ksa.cli.Main");
        assertThat(config.path("User").asText()).isEqualTo("65532:65532");
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asText()).isEqualTo("ksa");
    }

    @Test
    void layers_holdJavaItsLibrariesAndKsa() {
        assertThat(rootfs.resolve("opt/java/bin/java")).isExecutable();
        assertThat(rootfs.resolve("lib64/ld-linux-x86-64.so.2")).isRegularFile();
        assertThat(rootfs.resolve("lib/x86_64-linux-gnu/libc.so.6")).isRegularFile();
        assertThat(rootfs.resolve("app/classes/dev/ksa/cli/Main.class")).isRegularFile();
        assertThat(rootfs.resolve("app/resources/catalog/editions/2026.yaml")).isRegularFile();
        assertThat(rootfs.resolve("app/libs/picocli-4.7.6.jar")).isRegularFile();
        assertThat(rootfs.resolve("etc/passwd")).content().contains(":65532:");
        assertThat(rootfs.resolve("bin/sh")).as("nothing but ksa and its runtime").doesNotExist();
    }

    @Test
    void entrypoint_runsInTheImagesRootFileSystem() throws Exception {
        Files.copy(Path.of("src/test/resources/audit/e2e/cluster.yaml"), rootfs.resolve("tmp/cluster.yaml"));
        Run catalog = inImage("catalog", "list", "--edition", "2026", "-o", "json");
        assertThat(new ObjectMapper().readTree(catalog.stdout()).findValuesAsText("id")).contains("argo-cd", "headlamp");
        Run audit = inImage("audit", "-f", "/tmp/cluster.yaml", "-o", "json", "--lang", "en");
        JsonNode report = new ObjectMapper().readTree(audit.stdout());
        assertThat(report.path("detected").findValuesAsText("id")).contains("cert-manager");
    }

    /** The config's entrypoint with these arguments, chrooted into the unpacked image, with /proc (Java finds its libraries through it). */
    private static Run inImage(String... args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            String message = "running the image's entrypoint needs root (chroot, a private /proc mount)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message + "; CI runs as root");
            }
            Assumptions.abort(message);
        }
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(a -> entrypoint.add("'" + a.asText() + "'"));
        for (String arg : args) {
            entrypoint.add("'" + arg + "'");
        }
        Files.createDirectories(rootfs.resolve("proc"));
        String script = "mount -t proc proc '" + rootfs.resolve("proc") + "' && cd / && exec chroot --userspec=" + config.path("User").asText()
                + " '" + rootfs + "' " + String.join(" ", entrypoint);
        Run run = Processes.run(List.of("unshare", "--mount", "--fork", "sh", "-c", script), work, Map.of());
        assertThat(run.exitCode()).as("%s", run).isZero();
        return run;
    }
}
