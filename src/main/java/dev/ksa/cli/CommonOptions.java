package dev.ksa.cli;

import dev.ksa.catalog.Lang;
import picocli.CommandLine.Option;

/** Options every command shares: output format and language. */
public final class CommonOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "Output format: table, json or yaml (default: table).",
            converter = FormatConverter.class)
    OutputFormat output = OutputFormat.TABLE;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of explanations (default: from the locale).",
            converter = LangConverter.class)
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
            return OutputFormat.parse(value);
        }
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
