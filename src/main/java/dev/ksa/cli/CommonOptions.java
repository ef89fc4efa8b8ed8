package dev.ksa.cli;

import dev.ksa.catalog.Lang;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options most commands share: output format (table, json or yaml) and language. */
public final class CommonOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: table).",
            converter = FormatConverter.class, completionCandidates = Formats.Standard.class)
    OutputFormat output = OutputFormat.TABLE;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of explanations (default: from the locale).",
            converter = LangConverter.class, completionCandidates = LangConverter.class)
    Lang lang;

    public OutputFormat output() {
        return output;
    }

    public Lang lang() {
        return lang != null ? lang : Lang.fromLocale();
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.valueOf(new Formats.Standard().convert(value).toUpperCase(Locale.ROOT));
        }
    }

    /** {@code ko} or {@code en}; also what shell completion offers. */
    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang>, Iterable<String> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("ko", "en").iterator();
        }
    }
}
