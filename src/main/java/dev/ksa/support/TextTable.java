package dev.ksa.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The one plain-text table of ksa (catalog, plan and audit tables), in the style of kubectl: upper-case headers,
 * columns separated by three spaces, Hangul and other wide characters counted as two columns ({@link DisplayWidth})
 * so Korean output lines up; trailing blanks are cut.
 */
public final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    public TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    /** A line spanning the table (a group heading); rendered as is. */
    public TextTable heading(String text) {
        rows.add(List.of("\u0000" + text));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = width(headers.get(i));
        }
        for (List<String> row : rows) {
            if (isHeading(row)) {
                continue;
            }
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        for (List<String> row : rows) {
            if (isHeading(row)) {
                out.append(row.get(0).substring(1)).append('\n');
            } else {
                line(out, row, widths);
            }
        }
        return out.toString();
    }

    private static boolean isHeading(List<String> row) {
        return row.size() == 1 && row.get(0).startsWith("\u0000");
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(Math.max(0, widths[i] - width(cell)) + 3));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    public static int width(String text) {
        return DisplayWidth.of(text);
    }

    /** Cuts a cell to {@code max} display columns, ending with an ellipsis. */
    public static String cut(String text, int max) {
        return DisplayWidth.cut(text, max);
    }
}
