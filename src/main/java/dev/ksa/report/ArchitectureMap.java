package dev.ksa.report;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard architecture as an inline SVG: one row per layer of {@code categories.yaml}, top
 * to bottom, one box per category of the edition, coloured by its coverage.
 */
final class ArchitectureMap {
    static final int WIDTH = 1120;
    private static final int LABEL = 120;
    private static final int BOX_W = 158;
    private static final int BOX_H = 56;
    private static final int GAP = 8;
    private static final int PER_ROW = (WIDTH - LABEL) / (BOX_W + GAP);

    private ArchitectureMap() {}

    /** The fill and stroke of a status; optional categories that are missing are drawn muted. */
    static String[] colours(String status, boolean optional) {
        return switch (status) {
            case "recommended" -> new String[] {"#e8f5e9", "#2e7d32"};
            case "alternative" -> new String[] {"#e3f2fd", "#1565c0"};
            case "dropped" -> new String[] {"#fff3e0", "#ef6c00"};
            case "missing" -> optional ? new String[] {"#fafafa", "#9e9e9e"} : new String[] {"#ffebee", "#c62828"};
            case "unknown" -> new String[] {"#efebe9", "#6d4c41"};
            default -> new String[] {"#eeeeee", "#757575"};
        };
    }

    static String render(AuditView v, Catalog catalog, Words w) {
        Map<String, List<AuditView.CoverageView>> layers = new LinkedHashMap<>();
        for (Category c : catalog.categories()) {
            v.coverage().stream().filter(e -> e.category().equals(c.id())).findFirst()
                    .ifPresent(e -> layers.computeIfAbsent(c.layer() == null ? "other" : c.layer(), k -> new ArrayList<>()).add(e));
        }
        StringBuilder body = new StringBuilder();
        int y = GAP;
        for (Map.Entry<String, List<AuditView.CoverageView>> layer : layers.entrySet()) {
            List<AuditView.CoverageView> entries = layer.getValue();
            int rows = (entries.size() + PER_ROW - 1) / PER_ROW;
            int height = rows * (BOX_H + GAP) - GAP;
            body.append("<rect x=\"2\" y=\"").append(y - 4).append("\" width=\"").append(WIDTH - 4).append("\" height=\"")
                    .append(height + 8).append("\" rx=\"6\" class=\"layer\"/>");
            body.append("<text x=\"12\" y=\"").append(y + height / 2 + 5).append("\" class=\"layer-name\">")
                    .append(Html.escape(SvgText.fit(layer.getKey(), 13, LABEL - 16))).append("</text>");
            for (int i = 0; i < entries.size(); i++) {
                int x = LABEL + (i % PER_ROW) * (BOX_W + GAP);
                int by = y + (i / PER_ROW) * (BOX_H + GAP);
                box(body, entries.get(i), x, by, w);
            }
            y += height + 3 * GAP;
        }
        return "<svg class=\"map\" viewBox=\"0 0 " + WIDTH + " " + y + "\" width=\"" + WIDTH + "\" height=\"" + y
                + "\" role=\"img\" aria-label=\"" + Html.escape(w.of("표준 아키텍처 커버리지 지도", "Standard architecture coverage map"))
                + "\">" + body + "</svg>";
    }

    private static void box(StringBuilder out, AuditView.CoverageView e, int x, int y, Words w) {
        String[] c = colours(e.status(), e.optional());
        String dash = e.status().equals("not-observable") ? " stroke-dasharray=\"2 3\"" : e.optional() && e.status().equals("missing") ? " stroke-dasharray=\"6 4\"" : "";
        String components = e.components().isEmpty() ? "(" + String.join(", ", e.recommended()) + ")" : String.join(", ", e.components());
        out.append("<g><title>").append(Html.escape(e.name() + ": " + w.status(e.status()) + " — " + components
                + (e.hint() == null ? "" : " — " + e.hint()))).append("</title>");
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W).append("\" height=\"")
                .append(BOX_H).append("\" rx=\"5\" fill=\"").append(c[0]).append("\" stroke=\"").append(c[1])
                .append("\" stroke-width=\"2\"").append(dash).append("/>");
        out.append("<text x=\"").append(x + 8).append("\" y=\"").append(y + 20).append("\" class=\"cat\">")
                .append(Html.escape(SvgText.fit(e.name(), 12, BOX_W - 16))).append("</text>");
        out.append("<text x=\"").append(x + 8).append("\" y=\"").append(y + 38).append("\" class=\"comp\" fill=\"").append(c[1]).append("\">")
                .append(Html.escape(SvgText.fit(components, 11, BOX_W - 16))).append("</text>");
        out.append("<text x=\"").append(x + 8).append("\" y=\"").append(y + 51).append("\" class=\"st\">")
                .append(Html.escape(SvgText.fit(w.status(e.status()), 10, BOX_W - 16))).append("</text></g>");
    }
}
