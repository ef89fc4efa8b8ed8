package dev.ksa.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one {@code --fail-on} vocabulary of {@code ksa plan} and {@code ksa audit}: the lowest
 * severity that makes the command exit 1 ({@code error}, {@code warning}, {@code info}), or
 * {@code none} to never fail on findings. {@code warn}, {@code err} and {@code note} are accepted
 * as the same words, as linters spell them.
 */
public enum FailOn {
    ERROR, WARNING, INFO, NONE;

    static final String WORDS = "error, warning, info or none";

    public static FailOn parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error", "err" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info", "note" -> INFO;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown severity '" + value + "' for --fail-on (use " + WORDS + ")");
        };
    }

    /** Whether something of severity {@code id} ({@code error}, {@code warning}, {@code info}) fails the run. */
    public boolean fails(String id) {
        if (this == NONE) {
            return false;
        }
        return parse(id).ordinal() <= ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** picocli converter: the same message for plan and audit. */
    public static final class Converter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
