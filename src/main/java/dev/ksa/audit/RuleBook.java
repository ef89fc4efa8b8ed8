package dev.ksa.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules of {@code audit/rules.yaml}, in file order, looked up by id. */
public final class RuleBook {
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static volatile RuleBook shipped;

    private final Map<String, RuleDefinition> rules = new LinkedHashMap<>();

    public RuleBook(List<RuleDefinition> definitions) {
        definitions.forEach(d -> {
            if (rules.put(d.id(), d) != null) {
                throw new IllegalStateException("audit/rules.yaml: rule " + d.id() + " is defined twice");
            }
        });
    }

    /** The rules shipped with ksa. */
    public static RuleBook load() {
        RuleBook book = shipped;
        if (book == null) {
            try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream("audit/rules.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("resource audit/rules.yaml is missing");
                }
                book = new RuleBook(YAML.readValue(in, new TypeReference<List<RuleDefinition>>() {}));
            } catch (IOException e) {
                throw new IllegalStateException("audit/rules.yaml is invalid: " + e.getMessage(), e);
            }
            shipped = book;
        }
        return book;
    }

    public List<RuleDefinition> all() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public RuleDefinition get(String id) {
        RuleDefinition d = rules.get(id);
        if (d == null) {
            throw new IllegalStateException("rule " + id + " is not in audit/rules.yaml");
        }
        return d;
    }

    public java.util.Set<String> ids() {
        return rules.keySet();
    }
}
