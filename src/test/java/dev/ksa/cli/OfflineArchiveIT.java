package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.testing.Processes;
import dev.ksa.testing.Processes.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline archive as an air-gapped site uses it: unpacked somewhere else, run with nothing but a Java runtime on
 * PATH (no Maven, no sources, no network), directly and through a symlink.
 */
class OfflineArchiveIT {
    @TempDir static Path site;
    static Path root;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("ksa.archive", "target/ksa-0.1.0-SNAPSHOT.tar.gz")).toAbsolutePath();
        assertThat(archive).as("the offline archive (./mvnw package makes it)").isRegularFile();
        Run tar = Processes.run(List.of("tar", "xzf", archive.toString()), site, Map.of());
        assertThat(tar.exitCode()).as("%s", tar).isZero();
        try (Stream<Path> top = Files.list(site)) {
            root = top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** Runs with a PATH that has java and the basic tools only: no mvn, and the unpacked tree is not a checkout. */
    static Run ksa(Path launcher, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin");
        String command = "'" + launcher + "' " + String.join(" ", args);
        return Processes.run(List.of("bash", "-c", command), site,
                Map.of("PATH", java + ":/usr/bin:/bin", "KSA_JAR", "", "JAVA_HOME", "", "HOME", site.toString()));
    }

    @Test
    void archive_holdsLauncherLibrariesSchemaAndDocs_andNoSources() throws Exception {
        assertThat(root.getFileName().toString()).isEqualTo("ksa-" + System.getProperty("ksa.version", "0.1.0-SNAPSHOT"));
        assertThat(root.resolve("bin/ksa")).isExecutable();
        assertThat(root.resolve("lib/ksa.jar")).isRegularFile();
        assertThat(root.resolve("lib/picocli-4.7.6.jar")).isRegularFile();
        assertThat(root.resolve("schemas/platform.schema.json")).isRegularFile();
        assertThat(root.resolve("deploy/audit-clusterrole.yaml")).isRegularFile();
        assertThat(root.resolve("README.md")).isRegularFile();
        assertThat(root.resolve("pom.xml")).doesNotExist();
        assertThat(root.resolve("src")).doesNotExist();
        assertThat(root.resolve("mvnw")).doesNotExist();
    }

    @Test
    void catalogListJson_runsFromTheUnpackedArchive() throws Exception {
        Run run = ksa(root.resolve("bin/ksa"), "catalog", "list", "-o", "json");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.stderr()).isEmpty();
        JsonNode list = new ObjectMapper().readTree(run.stdout());
        assertThat(list.findValuesAsText("id")).contains("argo-cd", "cilium", "harbor");
    }

    @Test
    void throughASymlink_plansAndGenerates() throws Exception {
        Path bin = Files.createDirectories(site.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("ksa"), root.resolve("bin/ksa"));
        Run plan = ksa(bin.resolve("ksa"), "plan", root.resolve("examples/aws.yaml").toString(), "-o", "json", "--lang", "en");
        assertThat(plan.exitCode()).as("%s", plan).isZero();
        assertThat(new ObjectMapper().readTree(plan.stdout()).path("environment").asText()).isEqualTo("aws");
        Path out = site.resolve("repo");
        Run generate = ksa(bin.resolve("ksa"), "generate", root.resolve("examples/aws.yaml").toString(), "-d", out.toString(), "--no-validate");
        assertThat(generate.exitCode()).as("%s", generate).isZero();
        assertThat(out.resolve("bootstrap/root.yaml")).isRegularFile();
    }

    @Test
    void version_fromTheArchive_namesTheCommit() throws Exception {
        Run run = ksa(root.resolve("bin/ksa"), "version");
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.stdout()).startsWith("ksa " + System.getProperty("ksa.version", "")).contains("commit  ");
    }
}
