package dev.ksa.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions} (In, NotIn,
 * Exists, DoesNotExist). A Service's {@code spec.selector} is a selector with labels only.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {

    public LabelSelector {
        matchLabels = matchLabels == null ? Map.of() : matchLabels;
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
    }

    public static LabelSelector of(Map<String, String> labels) {
        return new LabelSelector(labels, List.of());
    }

    /** A selector as the API writes it ({@code matchLabels}, {@code matchExpressions}), every string passed through {@code intern}. */
    public static LabelSelector of(JsonNode node, UnaryOperator<String> intern) {
        List<Requirement> expressions = new ArrayList<>();
        for (JsonNode e : Fields.array(node, "matchExpressions")) {
            List<String> values = new ArrayList<>();
            Fields.array(e, "values").forEach(v -> values.add(intern.apply(v.asText())));
            expressions.add(new Requirement(intern.apply(Fields.text(e, "key")), Fields.text(e, "operator"), values));
        }
        return new LabelSelector(Fields.strings(Fields.at(node, "matchLabels"), intern), expressions);
    }

    /** An empty selector; as a PodDisruptionBudget selector it selects every pod of its namespace. */
    public boolean empty() {
        return matchLabels.isEmpty() && expressions.isEmpty();
    }

    public boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Requirement r : expressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** One {@code matchExpressions} entry. */
    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            values = values == null ? List.of() : List.copyOf(values);
        }

        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
        }
    }
}
