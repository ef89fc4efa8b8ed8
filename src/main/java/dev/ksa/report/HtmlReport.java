package dev.ksa.report;

import dev.ksa.audit.RuleDefinition;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit as one self-contained HTML page, from the Pebble template {@code report/audit.html.peb}
 * with auto-escaping on (every value the objects carry is escaped for its context; only the SVG
 * drawn by {@link ArchitectureMap} and {@link Charts}, which escape their own text, is inserted
 * raw): the architecture map coloured by coverage, charts of the findings, the findings grouped
 * by rule (with the remediation), by namespace or by workload, with a severity filter, then the
 * coverage and components tables. The filter and the grouping switch are plain CSS (checkboxes
 * and radio buttons), so the page has no script, no font, no image and no link, and opening it
 * makes no request. The layout holds from 1024 px wide, in Korean as in English.
 */
public final class HtmlReport {
    /** Findings listed in each grouping; more are counted. */
    static final int MAX_FINDINGS = 2000;

    private static final PebbleEngine ENGINE = engine();
    private static final PebbleTemplate TEMPLATE = ENGINE.getTemplate("audit.html.peb");

    private HtmlReport() {}

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("report");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(true).newLineTrimming(false).cacheActive(true).build();
    }

    public static String render(AuditView v, Catalog catalog, Lang lang, List<RuleDefinition> rules) {
        Words w = new Words(lang);
        Map<String, RuleDefinition> byId = new HashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Map<String, Object> context = new HashMap<>();
        context.put("page", page(v, lang));
        context.put("w", HtmlWords.of(w, v));
        context.put("style", HtmlStyle.CSS);
        context.put("legend", legend(w));
        context.put("mapSvg", ArchitectureMap.render(v, catalog, w));
        context.put("severityChart", Charts.bySeverity(v, w));
        context.put("ruleChart", Charts.byRule(v, w));
        context.put("views", FindingGroups.views(v, byId, w, lang, MAX_FINDINGS));
        context.put("coverage", coverage(v, w));
        context.put("detected", detected(v));
        context.put("unreadable", v.unreadable());
        context.put("warnings", v.warnings());
        StringWriter out = new StringWriter(64 * 1024);
        try {
            TEMPLATE.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Object> page(AuditView v, Lang lang) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", lang == Lang.KO ? "ko" : "en");
        page.put("source", v.source());
        page.put("edition", v.edition());
        page.put("objects", v.objects());
        page.put("date", v.date());
        page.put("kubernetesVersion", v.kubernetesVersion());
        page.put("target", v.targetKubernetesVersion());
        page.put("score", v.score());
        page.put("scoreBand", v.score() >= 80 ? "good" : v.score() >= 50 ? "fair" : "poor");
        page.put("coverage", TableReport.percent(v.scoreDetail().coverage()));
        page.put("hygiene", TableReport.percent(v.scoreDetail().hygiene()));
        page.put("errors", v.summary().get("error"));
        page.put("warnings", v.summary().get("warning"));
        page.put("infos", v.summary().get("info"));
        page.put("exempted", v.exempted());
        page.put("partial", v.scoreDetail().partial());
        page.put("truncated", Math.max(0, v.findings().size() - MAX_FINDINGS));
        return page;
    }

    private static List<Map<String, String>> legend(Words w) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String status : new String[] {"recommended", "alternative", "dropped", "missing", "unknown", "not-observable"}) {
            String[] c = ArchitectureMap.colours(status, false);
            out.add(Map.of("fill", c[0], "stroke", c[1], "label", w.status(status)));
        }
        return out;
    }

    private static List<Map<String, String>> coverage(AuditView v, Words w) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (AuditView.CoverageView c : v.coverage()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("status", c.status());
            row.put("statusLabel", w.status(c.status()) + (c.optional() ? w.of(" (선택)", " (optional)") : ""));
            row.put("components", c.components().isEmpty() ? "-" : String.join(", ", c.components()));
            row.put("recommended", String.join(", ", c.recommended()));
            row.put("note", (c.successors().isEmpty() ? "" : "→ " + String.join(", ", c.successors()) + " ") + (c.hint() == null ? "" : c.hint()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> detected(AuditView v) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditView.DetectedView d : v.detected()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.id());
            row.put("version", dash(d.version()));
            row.put("pinned", dash(d.pinnedVersion()));
            row.put("namespace", dash(d.namespace()));
            row.put("evidence", d.evidence().isEmpty() ? "" : d.evidence().get(0).object() + " " + d.evidence().get(0).field()
                    + " = " + d.evidence().get(0).value());
            row.put("more", Math.max(0, d.evidenceCount() - 1));
            rows.add(row);
        }
        return rows;
    }

    static String dash(String value) {
        return value == null ? "-" : value;
    }
}
