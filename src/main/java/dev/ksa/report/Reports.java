package dev.ksa.report;

import dev.ksa.support.Documents;
import dev.ksa.audit.AuditResult;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import java.util.List;
import java.util.Locale;

/** Renders an audit result in one of the report formats. */
public final class Reports {
    /** The formats, as {@code -o} names them. */
    public static final List<String> FORMATS = List.of("table", "json", "yaml", "md", "html", "sarif");

    private Reports() {}

    public static String render(String format, AuditResult result, Catalog catalog, Lang lang) {
        AuditView view = Views.of(result, catalog, lang);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> TableReport.render(view, lang);
            case "json" -> Documents.json(view);
            case "yaml" -> Documents.yaml(view);
            case "md", "markdown" -> MarkdownReport.render(result, view, lang);
            case "html" -> HtmlReport.render(view, catalog, lang, result.rules());
            case "sarif" -> SarifReport.render(result, lang);
            default -> throw new IllegalArgumentException("unknown report format '" + format + "' (use " + String.join(", ", FORMATS) + ")");
        };
    }
}
