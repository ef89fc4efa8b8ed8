package dev.ksa.plan;

import dev.ksa.catalog.Text;
import java.util.List;

/**
 * How a plan covers one category: {@code planned} (components), {@code provided} by the
 * environment (note says by what), {@code uncovered} (note says why), or {@code off} (an optional
 * category whose feature is not asked for).
 */
public record CategoryStatus(String category, Status status, List<String> components, Text note) {

    public enum Status {
        PLANNED, PROVIDED, UNCOVERED, OFF;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
