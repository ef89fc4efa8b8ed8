package dev.ksa.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Null-safe reads of a parsed object; scalars may be text (from YAML) or typed (from JSON). */
final class Fields {
    private Fields() {}

    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String p : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(p);
        }
        return current == null || current.isNull() || current.isMissingNode() ? null : current;
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n == null || n.isContainerNode() ? null : n.asText();
    }

    /** YAML 1.1 booleans as Kubernetes' YAML reader takes them (true, yes, on). */
    static boolean bool(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isContainerNode()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String v = n.asText().trim().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
    }

    /** A boolean that may be unset: null when the field is absent or not a boolean. */
    static Boolean optionalBool(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isContainerNode()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String v = n.asText().trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("off") || v.equals("n")) {
            return false;
        }
        return null;
    }

    static Long longValue(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isContainerNode()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.longValue();
        }
        try {
            return Long.valueOf(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isContainerNode()) {
            return null;
        }
        if (n.isNumber()) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean present(JsonNode node, String... path) {
        return at(node, path) != null;
    }

    static Iterable<JsonNode> array(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n != null && n.isArray() ? n : java.util.List.of();
    }

    /** A map of scalar values (labels, a selector's matchLabels), each string passed through {@code intern}; containers are left out. */
    static java.util.Map<String, String> strings(JsonNode node, java.util.function.UnaryOperator<String> intern) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> map = new java.util.HashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!v.isContainerNode()) {
                map.put(intern.apply(e.getKey()), intern.apply(v.isNull() ? "" : v.asText()));
            }
        });
        return java.util.Map.copyOf(map);
    }
}
