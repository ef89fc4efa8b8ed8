package dev.ksa.render;

import dev.ksa.catalog.Chart;

/**
 * Where Argo CD and Helm fetch a chart: the catalog's repository, or the site's mirror when
 * {@code spec.airgap} is set (charts pushed as OCI artifacts to {@code <registry>/<project>-charts}).
 * Argo CD names OCI Helm repositories without the {@code oci://} scheme.
 */
record ChartSource(String repoURL, String chart, String version, boolean oci) {

    static ChartSource of(Chart chart, RenderContext ctx) {
        if (ctx.airgap().isPresent()) {
            var airgap = ctx.airgap().get();
            return new ChartSource(airgap.registry() + "/" + airgap.project() + "-charts", chart.chart(), chart.version(), true);
        }
        if (chart.oci()) {
            return new ChartSource(chart.repo().replaceFirst("^oci://", "").replaceAll("/+$", ""), chart.chart(), chart.version(), true);
        }
        return new ChartSource(chart.repo(), chart.chart(), chart.version(), false);
    }

    /** The chart as {@code helm} takes it on a command line. */
    String helmArguments() {
        return oci ? "oci://" + repoURL + "/" + chart + " --version " + version : chart + " --repo " + repoURL + " --version " + version;
    }
}
