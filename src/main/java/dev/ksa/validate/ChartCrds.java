package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CustomResourceDefinitions in the {@code crds/} folders of a chart and of its enabled
 * subcharts, which Helm installs before the templates (Argo CD passes {@code --include-crds}).
 * A subchart is enabled as Helm decides it: the first of its {@code condition} paths that the
 * merged values define, else its {@code tags}, else enabled.
 */
final class ChartCrds {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ChartCrds() {}

    /** The CRD documents of {@code chart} (named {@code name}) under these values, each with the file it comes from. */
    static List<ChartRendering.Document> of(Path chart, String name, JsonNode values) throws IOException {
        List<ChartRendering.Document> out = new ArrayList<>();
        collect(chart, name, chart, values, values.path("tags"), out);
        return out;
    }

    private static void collect(Path root, String name, Path chart, JsonNode values, JsonNode tags, List<ChartRendering.Document> out) throws IOException {
        Path crds = chart.resolve("crds");
        if (Files.isDirectory(crds)) {
            try (Stream<Path> files = Files.walk(crds)) {
                for (Path file : files.filter(ChartCrds::manifest).sorted().toList()) {
                    for (YamlDocuments.Document document : YamlDocuments.parse(Files.readString(file))) {
                        if ("CustomResourceDefinition".equals(document.root().path("kind").asText())) {
                            out.add(new ChartRendering.Document(document.root(), name + "/" + root.relativize(file), false));
                        }
                    }
                }
            }
        }
        JsonNode chartFile = read(chart.resolve("Chart.yaml"));
        for (JsonNode dependency : chartFile.path("dependencies")) {
            String dependencyName = dependency.path("name").asText();
            String key = dependency.path("alias").asText(dependencyName);
            if (!enabled(dependency, values, tags)) {
                continue;
            }
            Path sub = chart.resolve("charts").resolve(dependencyName);
            if (!Files.isDirectory(sub)) {
                continue; // Helm itself refuses a chart whose dependency is missing; the render says so
            }
            JsonNode subValues = merge(read(sub.resolve("values.yaml")), values.path(key));
            collect(root, name, sub, subValues, tags, out);
        }
    }

    static boolean enabled(JsonNode dependency, JsonNode values, JsonNode tags) {
        for (String condition : dependency.path("condition").asText("").split(",")) {
            String path = condition.strip();
            if (path.isEmpty()) {
                continue;
            }
            JsonNode value = at(values, path);
            if (value != null && value.isBoolean()) {
                return value.asBoolean();
            }
        }
        boolean anyTag = false;
        for (JsonNode tag : dependency.path("tags")) {
            JsonNode value = tags.path(tag.asText());
            if (value.isBoolean()) {
                anyTag = true;
                if (value.asBoolean()) {
                    return true;
                }
            }
        }
        return !anyTag;
    }

    private static JsonNode at(JsonNode values, String dotted) {
        JsonNode node = values;
        for (String part : dotted.split("\\.")) {
            node = node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The chart's values.yaml under the given value files, merged as Helm merges them (maps deeply, the rest replaced). */
    static JsonNode values(Path chart, List<Path> valuesFiles) throws IOException {
        JsonNode merged = read(chart.resolve("values.yaml"));
        for (Path file : valuesFiles) {
            merged = merge(merged, read(file));
        }
        return merged;
    }

    static JsonNode merge(JsonNode base, JsonNode over) {
        if (over == null || over.isMissingNode() || over.isNull()) {
            return base == null ? JsonNodeFactory.instance.objectNode() : base;
        }
        if (base == null || !base.isObject() || !over.isObject()) {
            return over.deepCopy();
        }
        ObjectNode out = ((ObjectNode) base).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = over.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.set(field.getKey(), merge(out.get(field.getKey()), field.getValue()));
        }
        return out;
    }

    static JsonNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node = YAML.readTree(file.toFile());
        return node == null || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
    }

    private static boolean manifest(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
