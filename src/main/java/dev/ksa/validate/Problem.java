package dev.ksa.validate;

import java.util.Comparator;

/**
 * One thing that is wrong: {@code file} relative to the validated directory (with {@code /}),
 * the 1-based {@code line} (0 when unknown), the {@code check} that found it and a message that
 * says what is wrong and what to do.
 */
public record Problem(String file, int line, String check, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::check).thenComparing(Problem::message);

    /** {@code values/grafana.yaml:12: key a.b is not a value of chart grafana 12.11.1. ...} */
    public String display() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
