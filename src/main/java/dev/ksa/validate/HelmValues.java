package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import dev.ksa.support.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A values file against the upstream chart it is given to: every key ksa sets must be a value of the
 * chart's {@code values.yaml} (where the chart's value is {@code {}}, a list or null the subtree is
 * free-form; a key the chart documents as a commented-out example counts; a path the values file
 * marks {@code # ksa:passthrough} is the application's own configuration and is not looked up)
 * or be declared by its {@code values.schema.json}; and the merged values must validate
 * against that schema, as {@code helm install} does.
 */
final class HelmValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(false).build();

    private final SourceFile file;
    private final YamlDocuments.Document document;
    private final String chartLabel;
    private final JsonNode schemaRoot;
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<String> passthrough;
    private final String chartText;

    private HelmValues(SourceFile file, YamlDocuments.Document document, String chartLabel, JsonNode schemaRoot,
            java.util.Set<String> passthrough, String chartText) {
        this.file = file;
        this.document = document;
        this.chartLabel = chartLabel;
        this.schemaRoot = schemaRoot;
        this.passthrough = passthrough;
        this.chartText = chartText;
    }

    /** {@code # ksa:passthrough PATH -- why}: maps the chart hands verbatim to the application's own configuration. */
    private static java.util.Set<String> passthrough(SourceFile file) throws IOException {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        java.util.regex.Matcher m = Pattern.compile("(?m)^# ksa:passthrough (\\S+)").matcher(Files.readString(file.absolute()));
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    /** A key the chart documents only as a commented-out example ({@code # configSecret:}, {@code # oidc.config: |}). */
    private boolean documentedInComments(String key) {
        return Pattern.compile("(?m)^\\s*#+\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:").matcher(chartText).find();
    }

    /** Problems of {@code file} as values of {@code chart}; {@code label} is "grafana 12.11.1". */
    static List<Problem> check(SourceFile file, ChartIndex.Chart chart, String label) throws IOException {
        JsonNode defaults = readDefaults(chart);
        JsonNode schema = Files.exists(chart.schema()) ? JSON.readTree(chart.schema().toFile()) : null;
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> passthrough = passthrough(file);
        String chartText = Files.exists(chart.values()) ? Files.readString(chart.values()) : "";
        for (YamlDocuments.Document document : file.documents()) {
            if (!document.root().isObject()) {
                continue;
            }
            HelmValues values = new HelmValues(file, document, label, schema, passthrough, chartText);
            values.walk(document.root(), defaults, schema == null ? List.of() : List.of(schema), "", "");
            if (schema != null) {
                values.validate(merge(defaults.deepCopy(), document.root()), schema);
            }
            problems.addAll(values.problems);
        }
        return problems;
    }

    private static JsonNode readDefaults(ChartIndex.Chart chart) throws IOException {
        if (!Files.exists(chart.values())) {
            return JSON.createObjectNode();
        }
        List<YamlDocuments.Document> documents = YamlDocuments.parse(Files.readString(chart.values()));
        return documents.isEmpty() || !documents.get(0).root().isObject() ? JSON.createObjectNode() : documents.get(0).root();
    }

    private void walk(JsonNode mine, JsonNode chart, List<JsonNode> schemas, String pointer, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = mine.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String childPointer = pointer + "/" + YamlDocuments.segment(key);
            String childPath = path.isEmpty() ? key : path + "." + key;
            JsonNode value = field.getValue();
            List<JsonNode> declared = declared(schemas, key);
            JsonNode theirs = chart.get(key);
            if (passthrough.contains(childPath)) {
                continue;
            }
            if (theirs == null) {
                if (declared.isEmpty() && !documentedInComments(key)) {
                    String hint = Suggestions.closest(key, fieldNames(chart))
                            .map(s -> " (did you mean " + (path.isEmpty() ? s : path + "." + s) + "?)").orElse("");
                    problems.add(new Problem(file.path(), document.lineOf(childPointer), "values",
                            "key " + childPath + " is not a value of chart " + chartLabel + hint
                                    + ". Use a key of the chart's values.yaml, or remove it"));
                }
                continue;
            }
            if (theirs.isObject() && !theirs.isEmpty()) {
                if (value.isObject()) {
                    walk(value, theirs, declared, childPointer, childPath);
                } else if (!value.isNull() && declared.isEmpty()) {
                    problems.add(new Problem(file.path(), document.lineOf(childPointer), "values",
                            "key " + childPath + " is a map in chart " + chartLabel + ", not " + kind(value)
                                    + ". Set the keys under it instead"));
                }
            } else if (value.isObject() && !value.isEmpty() && !theirs.isNull() && !theirs.isObject() && !theirs.isArray() && declared.isEmpty()) {
                problems.add(new Problem(file.path(), document.lineOf(childPointer), "values",
                        "key " + childPath + " is " + kind(theirs) + " in chart " + chartLabel + ", not a map. Give it " + kind(theirs)));
            }
        }
    }

    /** The sub-schemas that declare {@code key} explicitly (properties, a matching pattern, or an additionalProperties schema). */
    private List<JsonNode> declared(List<JsonNode> schemas, String key) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode schema : schemas) {
            collect(resolve(schema), key, out, 0);
        }
        return out;
    }

    private void collect(JsonNode schema, String key, List<JsonNode> out, int depth) {
        if (schema == null || !schema.isObject() || depth > 16) {
            return;
        }
        JsonNode property = schema.path("properties").get(key);
        if (property != null) {
            out.add(resolve(property));
        }
        schema.path("patternProperties").fields().forEachRemaining(e -> {
            try {
                if (Pattern.compile(e.getKey()).matcher(key).find()) {
                    out.add(resolve(e.getValue()));
                }
            } catch (RuntimeException ignored) {
                // An ECMA-only pattern Java cannot compile declares nothing we can read.
            }
        });
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && (additional.isObject() || additional.asBoolean(false))) {
            out.add(additional.isObject() ? resolve(additional) : JSON.createObjectNode());
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                collect(resolve(branch), key, out, depth + 1);
            }
        }
    }

    /**
     * Charts write {@code $schema} loosely ({@code http://json-schema.org/schema#}, which names no
     * draft and cannot be fetched offline); such a schema is read as draft 7, as Helm itself does.
     */
    private static JsonNode knownMetaSchema(JsonNode schema) {
        if (!schema.has("$schema") || !schema.isObject()) {
            return schema;
        }
        try {
            SpecVersionDetector.detectOptionalVersion(schema, true);
            return schema;
        } catch (RuntimeException unknown) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) schema).deepCopy();
            copy.remove("$schema");
            return copy;
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 8 && current != null && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return current;
            }
            JsonNode target = schemaRoot.at(ref.substring(1));
            current = target.isMissingNode() ? null : target;
        }
        return current;
    }

    private void validate(JsonNode merged, JsonNode declared) {
        JsonNode schema = knownMetaSchema(declared);
        SpecVersion.VersionFlag version = SpecVersionDetector.detectOptionalVersion(schema, false).orElse(SpecVersion.VersionFlag.V7);
        JsonSchema compiled = JsonSchemaFactory.getInstance(version).getSchema(schema, CONFIG);
        for (ValidationMessage message : compiled.validate(merged)) {
            String pointer = message.getInstanceLocation().toString();
            pointer = pointer.equals("/") ? "" : pointer;
            if (("additionalProperties".equals(message.getType()) || "required".equals(message.getType())) && message.getProperty() != null) {
                String child = pointer + "/" + YamlDocuments.segment(message.getProperty());
                if ("additionalProperties".equals(message.getType())) {
                    pointer = child;
                }
            }
            if (document.root().at(pointer).isMissingNode()) {
                continue; // the chart's own defaults; not what ksa set
            }
            String text = message.getMessage();
            String where = TypedModels.path(message.getInstanceLocation().toString());
            int colon = text.indexOf(": ");
            String body = colon >= 0 && (text.startsWith("/") || text.startsWith("$")) ? text.substring(colon + 2) : text;
            problems.add(new Problem(file.path(), document.lineOf(pointer), "values-schema",
                    (where.isEmpty() ? "values" : "value " + where) + ": " + body + " (values.schema.json of chart " + chartLabel
                            + "). Change the value so the chart's schema accepts it"));
        }
    }

    /** Helm's merge of user values over chart defaults: maps merge, null deletes, anything else replaces. */
    static JsonNode merge(JsonNode base, JsonNode over) {
        if (!(base instanceof ObjectNode into) || !over.isObject()) {
            return over;
        }
        over.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                into.remove(e.getKey());
            } else if (into.has(e.getKey())) {
                into.set(e.getKey(), merge(into.get(e.getKey()), e.getValue()));
            } else {
                into.set(e.getKey(), e.getValue());
            }
        });
        return into;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kind(JsonNode value) {
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isNull() ? "null" : "a string";
    }
}
