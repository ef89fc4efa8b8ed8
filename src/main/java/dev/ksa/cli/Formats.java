package dev.ksa.cli;

import dev.ksa.support.Suggestions;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code -o} values one command accepts, in one place: as the option's converter it rejects the
 * others (exit 2, with a suggestion), as its completion candidates the shell offers exactly these,
 * and a test holds the README's command table to them.
 */
abstract class Formats implements Iterable<String>, ITypeConverter<String> {
    private final List<String> names;

    Formats(String... names) {
        this.names = List.of(names);
    }

    List<String> names() {
        return names;
    }

    @Override
    public Iterator<String> iterator() {
        return names.iterator();
    }

    @Override
    public String convert(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (names.contains(v)) {
            return v;
        }
        throw new TypeConversionException("unknown output format '" + value + "' (use " + String.join(", ", names) + ")."
                + Suggestions.didYouMean(value, names));
    }

    /** What most commands print: a table for people, JSON and YAML for scripts. */
    static final class Standard extends Formats {
        Standard() {
            super("table", "json", "yaml");
        }
    }

    /** {@code ksa audit}: the report formats. */
    static final class Audit extends Formats {
        Audit() {
            super(dev.ksa.report.Reports.FORMATS.toArray(String[]::new));
        }
    }

    /** {@code ksa plan}: also the install DAG, as Mermaid or Graphviz. */
    static final class Plan extends Formats {
        Plan() {
            super("table", "json", "yaml", "mermaid", "dot");
        }
    }
}
