package dev.ksa.cli;

import java.util.Locale;

/** The {@code -o} formats; each command accepts the subset it can write. */
public enum OutputFormat {
    TABLE, JSON, YAML, MD, HTML, SARIF;

    public static OutputFormat parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown output format '" + value + "' (use table, json or yaml)");
        }
    }
}
