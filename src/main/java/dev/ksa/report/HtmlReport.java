package dev.ksa.report;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;

/**
 * The audit as one self-contained HTML page: the architecture map coloured by coverage, charts
 * of the findings, and the coverage, components and findings tables. Inline CSS and SVG only: no
 * script, no font, no image, no link, so opening it makes no request.
 */
public final class HtmlReport {
    /** Findings listed in the table; more are counted. */
    static final int MAX_FINDINGS = 2000;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans KR","Malgun Gothic",sans-serif;margin:24px;color:#212121;max-width:1160px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
            .meta{color:#616161;font-size:13px}.score{display:inline-block;font-size:28px;font-weight:700;padding:6px 14px;border-radius:8px;color:#fff}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#f5f5f5}code{font-size:12px}.sev{font-weight:600}.sev-error{color:#c62828}.sev-warning{color:#ef6c00}.sev-info{color:#1565c0}
            .map{max-width:100%;height:auto}.layer{fill:#fafafa;stroke:#e0e0e0}.layer-name{font-size:13px;font-weight:600;fill:#424242}
            .cat{font-size:12px;font-weight:600;fill:#212121}.comp{font-size:11px}.st{font-size:10px;fill:#616161}
            .charts{display:flex;flex-wrap:wrap;gap:24px}.chart{max-width:100%;height:auto}.chart-title{font-size:13px;font-weight:600}
            .bar-label,.bar-value{font-size:11px;fill:#424242}.legend span{display:inline-block;margin-right:14px;font-size:12px}
            .legend i{display:inline-block;width:12px;height:12px;border:2px solid;margin-right:4px;vertical-align:middle}
            """;

    private HtmlReport() {}

    public static String render(AuditView v, Catalog catalog, Lang lang) {
        Words w = new Words(lang);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.KO ? "ko" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(w.of("ksa 감사 — ", "ksa audit — ") + v.source())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        String colour = v.score() >= 80 ? "#2e7d32" : v.score() >= 50 ? "#ef6c00" : "#c62828";
        out.append("<h1>").append(Html.escape(w.of("ksa 감사 보고서", "ksa audit report"))).append("</h1>\n");
        out.append("<p class=\"meta\">").append(Html.escape(w.of("에디션 ", "Edition ") + v.edition() + " · " + v.source() + " · "
                + v.objects() + w.of("개 오브젝트", " objects") + " · " + v.date()
                + (v.kubernetesVersion() == null ? "" : " · Kubernetes " + v.kubernetesVersion()))).append("</p>\n");
        out.append("<p><span class=\"score\" style=\"background:").append(colour).append("\">").append(v.score()).append("/100</span> ")
                .append(Html.escape(w.of("커버리지 ", "coverage ") + TableReport.percent(v.scoreDetail().coverage()) + " · "
                        + w.of("위생 ", "hygiene ") + TableReport.percent(v.scoreDetail().hygiene()) + " · "
                        + v.summary().get("error") + " " + w.severity("error") + ", " + v.summary().get("warning") + " "
                        + w.severity("warning") + ", " + v.summary().get("info") + " " + w.severity("info")))
                .append("</p>\n");

        out.append("<h2>").append(Html.escape(w.of("표준 아키텍처 지도", "Standard architecture map"))).append("</h2>\n");
        out.append(legend(w)).append(ArchitectureMap.render(v, catalog, w)).append('\n');
        out.append("<h2>").append(Html.escape(w.of("발견 사항 차트", "Findings charts"))).append("</h2>\n<div class=\"charts\">")
                .append(Charts.bySeverity(v, w)).append(Charts.byRule(v, w)).append("</div>\n");
        coverage(out, v, w);
        detected(out, v, w);
        findings(out, v, w);
        if (!v.warnings().isEmpty()) {
            out.append("<h2>").append(Html.escape(w.of("경고", "Warnings"))).append("</h2>\n<ul>\n");
            v.warnings().forEach(x -> out.append("<li>").append(Html.escape(x)).append("</li>\n"));
            out.append("</ul>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String legend(Words w) {
        StringBuilder out = new StringBuilder("<p class=\"legend\">");
        for (String status : new String[] {"recommended", "alternative", "dropped", "missing", "not-observable"}) {
            String[] c = ArchitectureMap.colours(status, false);
            out.append("<span><i style=\"background:").append(c[0]).append(";border-color:").append(c[1]).append("\"></i>")
                    .append(Html.escape(w.status(status))).append("</span>");
        }
        return out.append("</p>\n").toString();
    }

    private static void coverage(StringBuilder out, AuditView v, Words w) {
        out.append("<h2>").append(Html.escape(w.of("커버리지", "Coverage"))).append("</h2>\n<table>\n<tr><th>")
                .append(Html.escape(w.of("분류", "Category"))).append("</th><th>").append(Html.escape(w.of("상태", "Status")))
                .append("</th><th>").append(Html.escape(w.of("구성 요소", "Components"))).append("</th><th>")
                .append(Html.escape(w.of("권장", "Recommended"))).append("</th><th>").append(Html.escape(w.of("참고", "Note")))
                .append("</th></tr>\n");
        for (AuditView.CoverageView c : v.coverage()) {
            out.append("<tr><td>").append(Html.escape(c.name())).append("</td><td>").append(Html.escape(w.status(c.status())
                    + (c.optional() ? w.of(" (선택)", " (optional)") : ""))).append("</td><td>")
                    .append(Html.escape(c.components().isEmpty() ? "-" : String.join(", ", c.components()))).append("</td><td>")
                    .append(Html.escape(String.join(", ", c.recommended()))).append("</td><td>")
                    .append(Html.escape((c.successors().isEmpty() ? "" : "→ " + String.join(", ", c.successors()) + " ")
                            + (c.hint() == null ? "" : c.hint()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void detected(StringBuilder out, AuditView v, Words w) {
        out.append("<h2>").append(Html.escape(w.of("탐지된 구성 요소", "Detected components"))).append("</h2>\n<table>\n<tr><th>ID</th><th>")
                .append(Html.escape(w.of("버전", "Version"))).append("</th><th>").append(Html.escape(w.of("카탈로그 버전", "Pinned")))
                .append("</th><th>").append(Html.escape(w.of("네임스페이스", "Namespace"))).append("</th><th>")
                .append(Html.escape(w.of("근거", "Evidence"))).append("</th></tr>\n");
        for (AuditView.DetectedView d : v.detected()) {
            String evidence = d.evidence().isEmpty() ? "" : d.evidence().get(0).object() + " " + d.evidence().get(0).field()
                    + " = " + d.evidence().get(0).value();
            out.append("<tr><td>").append(Html.escape(d.id())).append("</td><td>").append(Html.escape(dash(d.version())))
                    .append("</td><td>").append(Html.escape(dash(d.pinnedVersion()))).append("</td><td>")
                    .append(Html.escape(dash(d.namespace()))).append("</td><td><code>").append(Html.escape(evidence)).append("</code>")
                    .append(d.evidenceCount() > 1 ? Html.escape(" +" + (d.evidenceCount() - 1)) : "").append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void findings(StringBuilder out, AuditView v, Words w) {
        out.append("<h2>").append(Html.escape(w.of("발견 사항", "Findings"))).append("</h2>\n<table>\n<tr><th>")
                .append(Html.escape(w.of("심각도", "Severity"))).append("</th><th>").append(Html.escape(w.of("규칙", "Rule")))
                .append("</th><th>").append(Html.escape(w.of("위치", "Where"))).append("</th><th>")
                .append(Html.escape(w.of("내용", "Message"))).append("</th></tr>\n");
        v.findings().stream().limit(MAX_FINDINGS).forEach(f -> out.append("<tr><td class=\"sev sev-").append(f.severity()).append("\">")
                .append(Html.escape(w.severity(f.severity()))).append("</td><td><code>").append(Html.escape(f.rule())).append("</code></td><td><code>")
                .append(Html.escape(dash(f.location()))).append("</code></td><td>").append(Html.escape(f.message())).append("</td></tr>\n"));
        out.append("</table>\n");
        if (v.findings().size() > MAX_FINDINGS) {
            out.append("<p>").append(Html.escape(w.of("... 외 " + (v.findings().size() - MAX_FINDINGS) + "건 (-o json)",
                    "... and " + (v.findings().size() - MAX_FINDINGS) + " more (-o json)"))).append("</p>\n");
        }
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
