package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Where a value is written in a YAML tree: the JSON pointer of the first key or scalar equal to it, else of a scalar containing it as a word. */
final class ValueSearch {
    private ValueSearch() {}

    static Optional<String> find(JsonNode node, String value, String pointer) {
        Optional<String> exact = search(node, value, pointer, true);
        return exact.isPresent() ? exact : search(node, value, pointer, false);
    }

    private static Optional<String> search(JsonNode node, String value, String pointer, boolean exact) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + YamlDocuments.segment(field.getKey());
                if (exact && field.getKey().equals(value)) {
                    return Optional.of(child);
                }
                Optional<String> found = search(field.getValue(), value, child, exact);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = search(node.get(i), value, pointer + "/" + i, exact);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isValueNode()) {
            String text = node.asText();
            if (exact ? text.equals(value) : containsWord(text, value)) {
                return Optional.of(pointer);
            }
        }
        return Optional.empty();
    }

    /**
     * The line of {@code value} inside the scalar at {@code pointer}, which starts at {@code line}: a
     * block scalar's text begins on the line after its indicator, so a value on its third line is
     * three lines further down.
     */
    static int lineWithin(JsonNode root, String pointer, int line, String value) {
        JsonNode node = root.at(pointer);
        if (!node.isTextual() || !node.asText().contains("\n")) {
            return line;
        }
        String text = node.asText();
        int at = text.indexOf(value);
        if (at < 0) {
            return line;
        }
        int before = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        return line + 1 + before;
    }

    private static boolean containsWord(String text, String value) {
        int at = text.indexOf(value);
        while (at >= 0) {
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
            int end = at + value.length();
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-';
            if (before && after) {
                return true;
            }
            at = text.indexOf(value, at + 1);
        }
        return false;
    }
}
