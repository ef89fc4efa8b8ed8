package dev.ksa.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.ksa.support.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The JSON schema of {@code platform.yaml} that ships with ksa ({@code schemas/platform.schema.json},
 * also published for editors), and its messages turned into {@code file:line:column: what, fix}.
 */
public final class ProfileSchema {
    public static final String RESOURCE = "schemas/platform.schema.json";
    private static volatile JsonSchema schema;

    private ProfileSchema() {}

    /** Compiled once from the same tree the hints read, so the resource is read and parsed once per process. */
    static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .locale(Locale.ENGLISH)
                    .build();
            s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(raw(), config);
            schema = s;
        }
        return s;
    }

    /** One line per violation, in the order of the file. */
    static List<String> check(JsonNode root, SourceMap positions, String file) {
        record Problem(String where, String message) {}
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : schema().validate(root)) {
            String pointer = pointer(m);
            String field = field(pointer);
            String where;
            String message;
            switch (m.getType()) {
                case "additionalProperties" -> {
                    String child = pointer + "/" + SourceMap.segment(m.getProperty());
                    where = positions.describeKey(file, child);
                    message = "unknown field '" + m.getProperty() + "' in " + (field.isEmpty() ? "the profile" : field) + "."
                            + allowed(m.getProperty(), pointer) + " Remove it or fix its spelling";
                }
                case "required" -> {
                    where = positions.describe(file, pointer);
                    message = (field.isEmpty() ? "" : field + ": ") + "missing required field '" + m.getProperty() + "'. Add it (ksa init shows a complete profile)";
                }
                case "enum" -> {
                    where = positions.describe(file, pointer);
                    message = field + ": '" + text(m.getInstanceNode()) + "' is not one of " + enumValues(m)
                            + dev.ksa.support.Suggestions.didYouMean(text(m.getInstanceNode()), enumList(m));
                }
                case "const" -> {
                    where = positions.describe(file, pointer);
                    JsonNode expected = m.getSchemaNode() != null && m.getSchemaNode().isValueNode() ? m.getSchemaNode() : m.getSchemaNode().path("const");
                    message = field + ": must be " + expected.asText() + ", not '" + text(m.getInstanceNode()) + "'";
                }
                case "pattern" -> {
                    where = positions.describe(file, pointer);
                    String hint = hint(pointer);
                    message = field + ": '" + text(m.getInstanceNode()) + "' is not valid"
                            + (hint.isEmpty() ? " (it must match " + m.getSchemaNode().asText() + ")" : hint);
                }
                case "format" -> {
                    where = positions.describe(file, pointer);
                    message = field + ": '" + text(m.getInstanceNode()) + "' is not " + ("ipv4".equals(m.getArguments().length > 0 ? String.valueOf(m.getArguments()[0]) : "")
                            ? "an IPv4 address" : "a valid " + (m.getArguments().length > 0 ? m.getArguments()[0] : "value")) + hint(pointer);
                }
                default -> {
                    where = positions.describe(file, pointer);
                    message = (field.isEmpty() ? "" : field + ": ") + m.getMessage().replaceFirst("^\\S+: ", "") + hint(pointer);
                }
            }
            problems.add(new Problem(where, message));
        }
        problems.sort(Comparator.comparing((Problem p) -> position(p.where())).thenComparing(Problem::message));
        return problems.stream().map(p -> p.where() + ": " + p.message()).distinct().toList();
    }

    private static long position(String where) {
        String[] parts = where.split(":");
        try {
            return Long.parseLong(parts[parts.length - 2]) * 10_000 + Long.parseLong(parts[parts.length - 1]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String pointer(ValidationMessage m) {
        String p = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        return p.equals("/") ? "" : p;
    }

    /** {@code /spec/cluster/nodes/0/ip} as a reader writes it: {@code spec.cluster.nodes[0].ip}. */
    static String field(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    /** The schema's own description of the field at {@code pointer}, as a hint after the message. */
    private static String hint(String pointer) {
        JsonNode node = at(pointer);
        String description = node.path("description").asText("");
        return description.isEmpty() ? "" : ". " + description.replaceFirst("\\.$", "");
    }

    private static JsonNode at(String pointer) {
        JsonNode node = raw();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            node = part.chars().allMatch(Character::isDigit) ? node.path("items") : node.path("properties").path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    /** The property names the schema allows at {@code pointer}, walking properties and items. */
    private static String allowed(String property, String pointer) {
        JsonNode node = at(pointer);
        List<String> names = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return "";
        }
        return dev.ksa.support.Suggestions.didYouMean(property, names) + " Allowed: " + String.join(", ", names) + ".";
    }

    private static volatile JsonNode raw;

    private static JsonNode raw() {
        JsonNode cached = raw;
        if (cached == null) {
            try {
                cached = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        ClasspathFolder.read(RESOURCE).orElseThrow(() -> new IllegalStateException("resource missing: " + RESOURCE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            raw = cached;
        }
        return cached;
    }

    private static List<String> enumList(ValidationMessage m) {
        List<String> values = new ArrayList<>();
        JsonNode e = m.getSchemaNode();
        if (e != null && e.isArray()) {
            for (Iterator<JsonNode> it = e.elements(); it.hasNext();) {
                values.add(it.next().asText());
            }
        } else if (e != null && e.path("enum").isArray()) {
            e.path("enum").forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String enumValues(ValidationMessage m) {
        List<String> values = enumList(m);
        return values.isEmpty() ? m.getMessage() : String.join(", ", values) + ".";
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.isTextual() ? node.asText() : node.toString();
    }
}
