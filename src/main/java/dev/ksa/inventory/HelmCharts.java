package dev.ksa.inventory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Helm chart folders met while walking a directory: a folder with a {@code Chart.yaml} is a
 * chart, and its subcharts under {@code charts/} are part of it. Only the top-most charts are
 * reported; their templates, metadata and values are not manifests.
 */
final class HelmCharts {
    private HelmCharts() {}

    /** The top-most chart folders under {@code dir} (itself included), in name order. */
    static List<Path> roots(Path dir, List<Path> manifests) {
        List<Path> charts = new ArrayList<>();
        for (Path file : manifests) {
            Path name = file.getFileName();
            if (name != null && name.toString().equals("Chart.yaml") && Files.isRegularFile(file)) {
                Path chart = file.getParent();
                if (charts.stream().noneMatch(chart::startsWith)) {
                    charts.removeIf(c -> c.startsWith(chart));
                    charts.add(chart);
                }
            }
        }
        charts.sort(null);
        return charts;
    }

    /**
     * Whether {@code file} is chart material rather than a manifest: a template (anything under a
     * {@code templates/} folder) or the chart's metadata and values.
     */
    static boolean template(List<Path> charts, Path file) {
        String name = file.getFileName().toString();
        boolean metadata = name.equals("Chart.yaml") || name.equals("Chart.lock") || name.startsWith("values.")
                || name.startsWith("values-") || name.endsWith(".schema.json");
        for (Path chart : charts) {
            if (!file.startsWith(chart)) {
                continue;
            }
            if (metadata) {
                return true;
            }
            for (Path part : chart.relativize(file)) {
                if (part.toString().equals("templates")) {
                    return true;
                }
            }
        }
        return false;
    }
}
