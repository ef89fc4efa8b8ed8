package dev.ksa.plan;

import dev.ksa.catalog.Text;

/**
 * Something about a plan a person must read: a stable {@code code} (documented in docs/plan.md),
 * how serious it is, the component or category it is about, and what to do (ko and en).
 */
public record PlanWarning(String code, Severity severity, String component, String category, Text message) {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Severity parse(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
