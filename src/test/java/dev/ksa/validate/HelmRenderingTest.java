package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a whole chart under --charts, validate renders the Application with real Helm (helm-java)
 * and checks the objects it produces at the values file that gives them; a chart that fails to
 * render with the values is a problem.
 */
class HelmRenderingTest {
    static final Path FIXTURE = Path.of("src/test/resources/validate/helm");

    static ValidationReport validate(Path tree) {
        return Validator.validate(tree, ValidateOptions.defaults().withCharts(List.of(FIXTURE.resolve("charts"))).withoutTools());
    }

    static Path copy(Path dir, String values) throws Exception {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("apps"));
        Files.createDirectories(tree.resolve("values"));
        Files.copy(FIXTURE.resolve("tree/apps/demo.yaml"), tree.resolve("apps/demo.yaml"));
        Files.writeString(tree.resolve("values/demo.yaml"), values);
        return tree;
    }

    @Test
    void goodValues_renderAndTheirObjectsAreChecked() {
        ValidationReport report = validate(FIXTURE.resolve("tree"));
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).anyMatch(s -> s.startsWith("rendered 1 chart(s) with Helm"));
        assertThat(report.checked().objects()).as("the Application plus the Deployment, Service and Ingress Helm rendered").isEqualTo(4);
    }

    @Test
    void valuesThatRenderAnInvalidObject_areReported(@TempDir Path dir) throws Exception {
        ValidationReport report = validate(copy(dir, "replicas: three\n"));
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("values/demo.yaml");
            assertThat(p.message()).contains("Deployment").contains("spec.replicas").contains("three")
                    .endsWith("[chart demo-app, demo-app/templates/deployment.yaml]");
        });
    }

    @Test
    void chartThatRefusesTheValues_isAProblemOfTheValuesFile(@TempDir Path dir) throws Exception {
        ValidationReport report = validate(copy(dir, "service: {port: 8080}\nextraLabels: not-a-map\n"));
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("values/demo.yaml");
            assertThat(p.check()).isIn("helm", "values");
        });
    }
}
