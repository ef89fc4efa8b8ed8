package dev.ksa.inventory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of {@code inventory/required-fields.yaml} checked on each object as it is read: what
 * is missing or of the wrong type becomes a problem of the object (rule object-invalid), so a
 * half-written object is audited as far as it goes instead of failing the audit.
 */
final class RequiredFields {
    private static final Map<String, List<Field>> BY_KIND = load();

    private RequiredFields() {}

    record Field(String path, String type, boolean optional) {}

    private record Entry(String group, String kind, List<Field> fields) {}

    private static Map<String, List<Field>> load() {
        try (InputStream in = RequiredFields.class.getClassLoader().getResourceAsStream("inventory/required-fields.yaml")) {
            List<Entry> entries = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, new TypeReference<List<Entry>>() {});
            Map<String, List<Field>> out = new HashMap<>();
            entries.forEach(e -> out.put(e.group() + "/" + e.kind(), List.copyOf(e.fields())));
            return out;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("inventory/required-fields.yaml is invalid: " + e.getMessage(), e);
        }
    }

    /** What is wrong with {@code node} (spec.scaleTargetRef missing), in field order, at most five; empty when nothing is. */
    static List<FieldProblem> problems(String group, String kind, JsonNode node) {
        List<Field> fields = BY_KIND.get(group + "/" + kind);
        if (fields == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Field f : fields) {
            check(node, f.path().split("\\."), 0, "", f, problems);
            if (problems.size() >= 5) {
                break;
            }
        }
        return problems;
    }

    private static void check(JsonNode node, String[] parts, int i, String at, Field f, List<FieldProblem> problems) {
        String part = parts[i];
        boolean each = part.endsWith("[]");
        String name = each ? part.substring(0, part.length() - 2) : part;
        String here = at.isEmpty() ? name : at + "." + name;
        JsonNode value = node == null || !node.isObject() ? null : node.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            // A missing list to walk, or a parent reported already, says nothing more.
            if (!each && !f.optional() && (i == parts.length - 1 || problems.stream().noneMatch(p -> p.path().equals(here)))) {
                if (i == parts.length - 1 || parentPresent(node)) {
                    problems.add(new FieldProblem(here, null, null));
                }
            }
            return;
        }
        if (each) {
            if (!value.isArray()) {
                problems.add(new FieldProblem(here, "a list", describe(value)));
                return;
            }
            for (int index = 0; index < value.size(); index++) {
                JsonNode item = value.get(index);
                String itemName = Fields.text(item, "name");
                String itemAt = here + "[" + (itemName != null ? itemName : String.valueOf(index)) + "]";
                if (!item.isObject()) {
                    problems.add(new FieldProblem(itemAt, "an object", describe(item)));
                } else {
                    check(item, parts, i + 1, itemAt, f, problems);
                }
            }
            return;
        }
        if (i < parts.length - 1) {
            if (!value.isObject()) {
                problems.add(new FieldProblem(here, "an object", describe(value)));
                return;
            }
            check(value, parts, i + 1, here, f, problems);
            return;
        }
        String wrong = switch (f.type()) {
            case "object" -> value.isObject() ? null : "an object";
            case "list" -> value.isArray() ? null : "a list";
            case "string" -> value.isContainerNode() || value.asText().isBlank() ? "a non-empty string" : null;
            case "integer" -> integer(value) ? null : "an integer";
            case "boolean" -> Fields.optionalBool(value) != null ? null : "true or false";
            default -> throw new IllegalStateException("inventory/required-fields.yaml: unknown type " + f.type());
        };
        if (wrong != null) {
            problems.add(new FieldProblem(here, wrong, describe(value)));
        }
    }

    private static boolean parentPresent(JsonNode node) {
        return node != null && node.isObject();
    }

    private static boolean integer(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        if (!value.isTextual()) {
            return false;
        }
        try {
            Long.parseLong(value.asText().trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        String text = value.asText();
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }
}
