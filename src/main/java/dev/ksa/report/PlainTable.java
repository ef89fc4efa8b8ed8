package dev.ksa.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A kubectl-style text table: columns separated by three spaces, Hangul and other wide
 * characters counted as two columns so Korean output lines up.
 */
final class PlainTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    PlainTable(String... headers) {
        this.headers = List.of(headers);
    }

    PlainTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = width(headers.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        rows.forEach(r -> line(out, r, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(Math.max(0, widths[i] - width(cells.get(i))) + 3));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    static int width(String text) {
        return dev.ksa.support.DisplayWidth.of(text);
    }

    /** Cuts a cell to {@code max} display columns, ending with an ellipsis. */
    static String cut(String text, int max) {
        return dev.ksa.support.DisplayWidth.cut(text, max);
    }
}
