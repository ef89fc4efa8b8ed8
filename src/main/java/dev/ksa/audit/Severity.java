package dev.ksa.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters; {@code --fail-on} names the lowest one that fails the run. */
public enum Severity {
    ERROR(1.0, "error"), WARNING(0.5, "warning"), INFO(0.1, "note");

    private final double weight;
    private final String sarifLevel;

    Severity(double weight, String sarifLevel) {
        this.weight = weight;
        this.sarifLevel = sarifLevel;
    }

    @JsonCreator
    public static Severity parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error", "err", "critical", "high" -> ERROR;
            case "warning", "warn", "medium" -> WARNING;
            case "info", "note", "low" -> INFO;
            default -> throw new IllegalArgumentException("unknown severity '" + value + "' (use error, warning or info)");
        };
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** At least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Penalty of one object with a finding of this severity, for the score. */
    public double weight() {
        return weight;
    }

    /** The SARIF result level. */
    public String sarifLevel() {
        return sarifLevel;
    }
}
