package dev.ksa.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * YAML nodes as Jackson values, the same way for every reader ksa has: scalars typed by the tags
 * SnakeYAML (1.x or Engine) resolved (YAML 1.2 core schema, with 0x/0o/0b integers; anything that does not
 * parse as its tag stays text), and merge keys.
 */
public final class YamlNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NULL = "tag:yaml.org,2002:null";
    private static final String BOOL = "tag:yaml.org,2002:bool";
    private static final String INT = "tag:yaml.org,2002:int";
    private static final String FLOAT = "tag:yaml.org,2002:float";

    private YamlNodes() {}

    /** YAML merge keys ({@code <<: *defaults}): keys not set explicitly come from the merged mapping(s). */
    public static void merge(ObjectNode into, JsonNode from) {
        if (from.isObject()) {
            from.fields().forEachRemaining(e -> {
                if (!into.has(e.getKey())) {
                    into.set(e.getKey(), e.getValue());
                }
            });
        } else if (from.isArray()) {
            from.forEach(item -> merge(into, item));
        }
    }

    /** A scalar by its value and resolved tag URI ({@code tag:yaml.org,2002:int}), from either SnakeYAML. */
    public static JsonNode scalar(String value, String tag) {
        try {
            if (NULL.equals(tag)) {
                return NODES.nullNode();
            }
            if (BOOL.equals(tag)) {
                String v = value.toLowerCase(Locale.ROOT);
                return NODES.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
            }
            if (INT.equals(tag)) {
                return integerNode(integer(value.replace("_", "")));
            }
            if (FLOAT.equals(tag) && !value.contains(".inf") && !value.contains(".nan") && !value.contains(".Inf")
                    && !value.contains(".NaN") && !value.contains(":")) {
                return NODES.numberNode(new BigDecimal(value.replace("_", "").replaceFirst("^\\+", "")));
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(value);
        }
        return NODES.textNode(value);
    }

    private static JsonNode integerNode(BigInteger value) {
        return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private static BigInteger integer(String value) {
        String v = value.startsWith("+") ? value.substring(1) : value;
        boolean negative = v.startsWith("-");
        String digits = negative ? v.substring(1) : v;
        BigInteger result;
        if (digits.startsWith("0x")) {
            result = new BigInteger(digits.substring(2), 16);
        } else if (digits.startsWith("0o")) {
            result = new BigInteger(digits.substring(2), 8);
        } else if (digits.startsWith("0b")) {
            result = new BigInteger(digits.substring(2), 2);
        } else if (digits.length() > 1 && digits.startsWith("0") && digits.chars().allMatch(c -> c >= '0' && c <= '7')) {
            result = new BigInteger(digits.substring(1), 8);
        } else if (digits.contains(":")) {
            throw new NumberFormatException("sexagesimal");
        } else {
            result = new BigInteger(digits);
        }
        return negative ? result.negate() : result;
    }
}
