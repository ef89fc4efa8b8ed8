package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON pointers with two extensions, for the reference data: {@code *} steps into every element of
 * a list or every value of a map, {@code (a|b)} into whichever of the fields exist.
 */
final class PointerWalk {
    /** A node found, with its concrete pointer. */
    record Found(String pointer, JsonNode node) {}

    private PointerWalk() {}

    /** {@code (a|b)} as its alternatives; anything else as itself. */
    static List<String> alternatives(String text) {
        return text.startsWith("(") && text.endsWith(")") ? List.of(text.substring(1, text.length() - 1).split("\\|")) : List.of(text);
    }

    static List<Found> walk(JsonNode root, String pattern) {
        List<Found> current = new ArrayList<>(List.of(new Found("", root)));
        if (pattern == null || pattern.isEmpty() || pattern.equals("/")) {
            return current;
        }
        for (String segment : pattern.substring(pattern.startsWith("/") ? 1 : 0).split("/")) {
            List<Found> next = new ArrayList<>();
            for (Found found : current) {
                JsonNode node = found.node();
                if (segment.equals("*")) {
                    if (node.isArray()) {
                        for (int i = 0; i < node.size(); i++) {
                            next.add(new Found(found.pointer() + "/" + i, node.get(i)));
                        }
                    } else if (node.isObject()) {
                        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                            Map.Entry<String, JsonNode> field = fields.next();
                            next.add(new Found(found.pointer() + "/" + YamlDocuments.segment(field.getKey()), field.getValue()));
                        }
                    }
                    continue;
                }
                List<String> names = alternatives(segment);
                for (String name : names) {
                    String key = name.replace("~1", "/").replace("~0", "~");
                    JsonNode child = node.isArray() && key.matches("\\d+") ? node.get(Integer.parseInt(key)) : node.get(key);
                    if (child != null && !child.isNull()) {
                        next.add(new Found(found.pointer() + "/" + YamlDocuments.segment(key), child));
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /**
     * A field relative to a found node: {@code .} is the node itself, {@code a/b} a path below it, and
     * {@code (a/b|c)} the first of the alternatives that exists. Null when absent.
     */
    static JsonNode field(JsonNode node, String relative) {
        if (relative == null || relative.isEmpty()) {
            return null;
        }
        if (relative.equals(".")) {
            return node;
        }
        for (String alternative : alternatives(relative)) {
            JsonNode at = node;
            for (String part : alternative.split("/")) {
                at = at == null ? null : at.get(part);
            }
            if (at != null && !at.isNull() && !at.isMissingNode()) {
                return at;
            }
        }
        return null;
    }
}
