package dev.ksa.cli;

/** The {@code -o} formats of the commands that share {@link CommonOptions}; {@link Formats} says which each command accepts. */
public enum OutputFormat {
    TABLE, JSON, YAML
}
