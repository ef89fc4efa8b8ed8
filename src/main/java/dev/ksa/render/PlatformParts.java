package dev.ksa.render;

/**
 * The platform folders written by their own renderers: policies for the planned policy engine,
 * alert rules, dashboards and the Alertmanager configuration for the planned monitoring, the
 * environment's own objects.
 */
final class PlatformParts {
    private PlatformParts() {}

    static void render(RenderContext ctx, FileTree.Builder out) {
        PolicyRenderer.render(ctx, out);
        MonitoringRenderer.render(ctx, out);
        EnvironmentRenderer.render(ctx, new Variables(ctx), out);
    }
}
