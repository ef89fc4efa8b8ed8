package dev.ksa.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Inline SVG bar charts of the findings: by severity, and by rule (the most frequent first). */
final class Charts {
    private static final int WIDTH = 540;
    private static final int BAR = 18;
    static final int TOP_RULES = 12;

    private Charts() {}

    static String severityColour(String severity) {
        return switch (severity) {
            case "error" -> "#c62828";
            case "warning" -> "#ef6c00";
            default -> "#1565c0";
        };
    }

    static String bySeverity(AuditView v, Words w) {
        List<Map.Entry<String, Long>> bars = List.copyOf(v.summary().entrySet());
        return bars(bars.stream().map(e -> new Bar(w.severity(e.getKey()), e.getValue(), severityColour(e.getKey()))).toList(),
                w.of("심각도별 발견 사항", "Findings by severity"));
    }

    static String byRule(AuditView v, Words w) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> severity = new TreeMap<>();
        for (AuditView.FindingView f : v.findings()) {
            counts.merge(f.rule(), 1L, Long::sum);
            severity.putIfAbsent(f.rule(), f.severity());
        }
        List<Bar> bars = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES)
                .map(e -> new Bar(e.getKey(), e.getValue(), severityColour(severity.get(e.getKey())))).toList();
        return bars(bars, w.of("규칙별 발견 사항", "Findings by rule"));
    }

    private record Bar(String label, long value, String colour) {}

    private static String bars(List<Bar> bars, String title) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int label = 250;
        int height = Math.max(1, bars.size()) * (BAR + 6) + 28;
        StringBuilder out = new StringBuilder();
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">");
        out.append("<text x=\"0\" y=\"16\" class=\"chart-title\">").append(Html.escape(title)).append("</text>");
        int y = 26;
        for (Bar b : bars) {
            int length = (int) Math.round((WIDTH - label - 60) * (double) b.value() / max);
            out.append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 13).append("\" text-anchor=\"end\" class=\"bar-label\">")
                    .append(Html.escape(SvgText.fit(b.label(), 11, label - 12))).append("</text>");
            out.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(1, length))
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(b.colour()).append("\"/>");
            out.append("<text x=\"").append(label + Math.max(1, length) + 6).append("\" y=\"").append(y + 13).append("\" class=\"bar-value\">")
                    .append(b.value()).append("</text>");
            y += BAR + 6;
        }
        return out.append("</svg>").toString();
    }
}
