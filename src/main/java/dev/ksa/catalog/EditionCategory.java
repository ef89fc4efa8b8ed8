package dev.ksa.catalog;

import java.util.List;

/**
 * What an edition recommends for one category. With {@code pick: one} the planner installs
 * {@code defaultId} (the first listed unless said) and offers the others as alternatives;
 * with {@code pick: all} every listed component belongs together (Rook and Ceph).
 */
public record EditionCategory(String category, List<String> components, Pick pick, String defaultId, Text note) {

    public EditionCategory {
        components = components == null ? List.of() : List.copyOf(components);
        pick = pick == null ? (components.size() > 1 ? Pick.ONE : Pick.ALL) : pick;
        if (defaultId == null && !components.isEmpty()) {
            defaultId = components.get(0);
        }
    }

    public enum Pick {
        ONE, ALL;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Pick parse(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
