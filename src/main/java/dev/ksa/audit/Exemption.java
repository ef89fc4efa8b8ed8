package dev.ksa.audit;

import dev.ksa.inventory.ObjectRef;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code exempt:} entry of a rules config file: the rules it covers ({@code *} for all) in
 * the namespaces and objects it names. Object patterns are {@code Kind/namespace/name} (or
 * {@code Kind/name} for cluster-scoped objects); each part may use {@code *}. An entry with
 * neither namespaces nor objects exempts nothing. {@code origin} is where it was written
 * ({@code rules.yaml:7:5}).
 */
public record Exemption(List<String> rules, List<String> namespaces, List<String> objects, String reason, String origin) {

    public Exemption {
        rules = rules == null || rules.isEmpty() ? List.of("*") : List.copyOf(rules);
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    public boolean covers(String rule, ObjectRef object) {
        if (!rules.contains("*") && !rules.contains(rule)) {
            return false;
        }
        if (object == null) {
            return false;
        }
        for (String ns : namespaces) {
            if (object.namespace() != null && glob(ns).matcher(object.namespace()).matches()) {
                return true;
            }
        }
        for (String pattern : objects) {
            if (glob(pattern).matcher(object.display()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} matches any run of characters within one part of the name (no {@code /}). */
    private static Pattern glob(String pattern) {
        List<String> parts = List.of(pattern.split("\\*", -1));
        return Pattern.compile(String.join("[^/]*", parts.stream().map(Pattern::quote).toList()));
    }
}
