package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argo CD's {@code ignoreDifferences}: which objects a rule matches (group, kind, name, namespace,
 * {@code *} wildcards) and which fields of a concrete object it ignores. JSON pointers are taken as
 * written; jq path expressions in the shape Argo CD's documentation uses ({@code .a.b},
 * {@code .a["b"]}, {@code .a[]}, {@code .a[0]}, {@code .a[] | select(.name == "x") | .b}) are
 * evaluated against the object itself; any other expression is kept as not understood, so a check
 * can say so rather than guess.
 */
final class IgnoreDifferences {
    private IgnoreDifferences() {}

    /** One step of an understood jq path: a field, an index, every element, or a select on a field's value. */
    record Step(String field, Integer index, boolean each, String selectField, String selectValue) {}

    /** One rule: where it is written, what it matches, what it ignores. */
    record Rule(String group, String kind, String name, String namespace, List<String> pointers, List<List<Step>> paths,
            List<String> notUnderstood, boolean managedFields, String at) {

        boolean matches(String objectGroup, String objectKind, String objectName, String objectNamespace) {
            return wild(group, objectGroup) && wild(kind, objectKind) && (name.isEmpty() || name.equals(objectName))
                    && (namespace.isEmpty() || namespace.equals(objectNamespace));
        }

        /** Whether the field at {@code path} (a JSON pointer into {@code object}) or one of its parents is ignored. */
        boolean covers(JsonNode object, String path) {
            for (String pointer : pointers) {
                if (under(path, pointer)) {
                    return true;
                }
            }
            for (List<Step> steps : paths) {
                for (String matched : evaluate(object, steps)) {
                    if (under(path, matched)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean wild(String pattern, String value) {
            return pattern.equals("*") || pattern.equals(value);
        }

        private static boolean under(String path, String prefix) {
            String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            return p.isEmpty() || path.equals(p) || path.startsWith(p + "/");
        }
    }

    /** The rules of an {@code ignoreDifferences} list; {@code at} is the list's pointer in its document. */
    static List<Rule> rules(JsonNode list, String at) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            rules.add(rule(entry, entry.path("group").asText(""), entry.path("kind").asText(""), at + "/" + i));
        }
        return rules;
    }

    /** A rule whose group and kind are given apart (argocd-cm's {@code resource.customizations.ignoreDifferences.<group_kind>}). */
    static Rule rule(JsonNode entry, String group, String kind, String at) {
        List<String> pointers = new ArrayList<>();
        List<List<Step>> paths = new ArrayList<>();
        List<String> notUnderstood = new ArrayList<>();
        entry.path("jsonPointers").forEach(p -> pointers.add(p.asText()));
        for (JsonNode jq : entry.path("jqPathExpressions")) {
            List<Step> steps = parse(jq.asText());
            if (steps == null) {
                notUnderstood.add(jq.asText());
            } else {
                paths.add(steps);
            }
        }
        return new Rule(group, kind, entry.path("name").asText(""), entry.path("namespace").asText(""), pointers, paths,
                notUnderstood, entry.path("managedFieldsManagers").size() > 0, at);
    }

    private static final Pattern STEP = Pattern.compile(
            "\\.([A-Za-z_][A-Za-z0-9_-]*)"
            + "|\\.?\\[\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*]"
            + "|\\.?\\[\\s*]\\??"
            + "|\\.?\\[\\s*(\\d+)\\s*]"
            + "|\\|\\s*select\\(\\s*\\.([A-Za-z_][A-Za-z0-9_-]*)\\s*==\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    /** The steps of a jq path expression, or null when it is outside the understood subset. */
    static List<Step> parse(String expression) {
        String text = expression.strip().replaceAll("\\s*\\|\\s*(?=\\.)", "").replaceAll("\\s+(?=\\|)", "");
        if (!text.startsWith(".")) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        if (text.equals(".")) {
            return steps;
        }
        Matcher m = STEP.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(1) != null) {
                steps.add(new Step(m.group(1), null, false, null, null));
            } else if (m.group(2) != null) {
                steps.add(new Step(m.group(2).replace("\\\"", "\""), null, false, null, null));
            } else if (m.group(3) != null) {
                steps.add(new Step(null, Integer.parseInt(m.group(3)), false, null, null));
            } else if (m.group(4) != null) {
                steps.add(new Step(null, null, false, m.group(4), m.group(5).replace("\\\"", "\"")));
            } else {
                steps.add(new Step(null, null, true, null, null));
            }
            at = m.end();
        }
        return steps;
    }

    /** The concrete JSON pointers an understood path reaches in {@code object}. */
    static List<String> evaluate(JsonNode object, List<Step> steps) {
        List<String> pointers = new ArrayList<>(List.of(""));
        List<JsonNode> nodes = new ArrayList<>(List.of(object));
        for (Step step : steps) {
            List<String> nextPointers = new ArrayList<>();
            List<JsonNode> nextNodes = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode node = nodes.get(i);
                String pointer = pointers.get(i);
                if (step.field() != null && node.has(step.field())) {
                    nextPointers.add(pointer + "/" + YamlDocuments.segment(step.field()));
                    nextNodes.add(node.get(step.field()));
                } else if (step.index() != null && node.isArray() && step.index() < node.size()) {
                    nextPointers.add(pointer + "/" + step.index());
                    nextNodes.add(node.get(step.index()));
                } else if (step.each() && node.isArray()) {
                    for (int j = 0; j < node.size(); j++) {
                        nextPointers.add(pointer + "/" + j);
                        nextNodes.add(node.get(j));
                    }
                } else if (step.selectField() != null && step.selectValue().equals(node.path(step.selectField()).asText(null))) {
                    nextPointers.add(pointer);
                    nextNodes.add(node);
                }
            }
            pointers = nextPointers;
            nodes = nextNodes;
        }
        return pointers;
    }

    /** An understood path written back as a jq expression. */
    static String display(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            if (step.field() != null) {
                out.append(step.field().matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + step.field() : "[\"" + step.field() + "\"]");
            } else if (step.index() != null) {
                out.append('[').append(step.index()).append(']');
            } else if (step.each()) {
                out.append("[]");
            } else {
                out.append(" | select(.").append(step.selectField()).append(" == \"").append(step.selectValue()).append("\") | ");
            }
        }
        return out.length() == 0 ? "." : out.toString();
    }
}
