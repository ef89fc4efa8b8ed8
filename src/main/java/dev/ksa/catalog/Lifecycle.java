package dev.ksa.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Where a project stands: dates are ISO ({@code 2026-03-31}); {@code successors} are catalog ids
 * that take its place (ingress-nginx to Gateway API implementations).
 */
public record Lifecycle(Status status, String deprecated, String endOfLife, List<String> successors, Text note) {

    public Lifecycle {
        status = status == null ? Status.ACTIVE : status;
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    public static Lifecycle active() {
        return new Lifecycle(Status.ACTIVE, null, null, List.of(), null);
    }

    /** True when the end-of-life date has passed on {@code today}, or the project is archived. */
    public boolean endOfLifeOn(LocalDate today) {
        if (status == Status.ARCHIVED) {
            return true;
        }
        return endOfLife != null && !LocalDate.parse(endOfLife).isAfter(today);
    }

    public enum Status {
        ACTIVE, DEPRECATED, RETIRED, ARCHIVED;

        @JsonCreator
        public static Status parse(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
