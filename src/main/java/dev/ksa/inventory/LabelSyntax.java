package dev.ksa.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Label keys and values as the API server validates them: a key is an optional DNS-subdomain
 * prefix and a slash, then a name of at most 63 characters (letters, digits, '-', '_', '.',
 * starting and ending alphanumeric); a value is empty or such a name. An invalid label makes the
 * API server refuse the object.
 */
final class LabelSyntax {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private LabelSyntax() {}

    static List<FieldProblem> problems(String path, JsonNode labels) {
        List<FieldProblem> out = new ArrayList<>();
        if (labels == null) {
            return out;
        }
        if (!labels.isObject()) {
            out.add(new FieldProblem(path, "an object", "a " + (labels.isArray() ? "list" : "scalar")));
            return out;
        }
        labels.fields().forEachRemaining(e -> {
            if (out.size() >= 3) {
                return;
            }
            String key = e.getKey();
            if (!validKey(key)) {
                out.add(new FieldProblem(path + "." + key, "a valid label key",
                        "'" + key + "'"));
            }
            JsonNode v = e.getValue();
            String value = v == null || v.isNull() ? "" : v.isContainerNode() ? null : v.asText();
            if (value == null || (!value.isEmpty() && !NAME.matcher(value).matches())) {
                out.add(new FieldProblem(path + "." + key, "a valid label value",
                        value == null ? "an object or list" : "'" + (value.length() > 70 ? value.substring(0, 70) + "..." : value) + "'"));
            }
        });
        return out;
    }

    static boolean validKey(String key) {
        int slash = key.lastIndexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (!NAME.matcher(name).matches()) {
            return false;
        }
        if (slash < 0) {
            return true;
        }
        String prefix = key.substring(0, slash);
        return !prefix.isEmpty() && prefix.length() <= 253 && PREFIX.matcher(prefix).matches();
    }
}
