package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an Application's chart with real Helm (helm-java, Helm 3.21 embedded) when {@code --charts}
 * holds the whole chart (its {@code templates/}), with the values file ksa wrote, so the objects
 * the cluster would receive are checked like the tree's own. Helm's default of Kubernetes v1.20
 * makes current charts refuse, so a current version is passed; hooks and {@code crds/} are not
 * printed by {@code helm template} and so are not checked; a chart's {@code lookup} sees no cluster.
 */
final class HelmRendering {
    static final String KUBE_VERSION = "v1.34.0";

    /** Rendered objects, or why the chart could not be rendered (a problem of the values file). */
    record Result(SourceFile rendered, String failure) {}

    private HelmRendering() {}

    static boolean renderable(ChartIndex.Chart chart) {
        return Files.isDirectory(chart.directory().resolve("templates"));
    }

    static Result render(ArgoApplications.ValuesUse use, ChartIndex.Chart chart, Path valuesFile) {
        JsonNode app = use.application().body();
        String release = app.path("metadata").path("name").asText("release");
        for (JsonNode source : ArgoApplications.sources(app)) {
            String name = source.path("helm").path("releaseName").asText("");
            if (source.path("chart").asText("").equals(use.chart()) && !name.isEmpty()) {
                release = name;
            }
        }
        String namespace = app.path("spec").path("destination").path("namespace").asText("default");
        String output;
        try {
            output = new Helm(chart.directory()).template()
                    .withName(release)
                    .withNamespace(namespace)
                    .withKubeVersion(KUBE_VERSION)
                    .withValuesFile(valuesFile)
                    .call();
        } catch (IllegalStateException e) {
            return new Result(null, firstLine(e.getMessage()));
        } catch (LinkageError e) {
            return new Result(null, null);
        }
        String label = "helm template " + release + " " + use.chart() + " (" + use.file() + ")";
        try {
            List<YamlDocuments.Document> documents = new ArrayList<>(YamlDocuments.parse(output));
            return new Result(new SourceFile(label, valuesFile, documents), null);
        } catch (RuntimeException e) {
            return new Result(null, "Helm's output is not YAML: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "unknown error" : text.lines().findFirst().orElse(text).strip();
    }
}
