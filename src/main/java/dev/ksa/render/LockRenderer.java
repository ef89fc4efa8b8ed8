package dev.ksa.render;

import dev.ksa.catalog.Component;
import dev.ksa.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** platform.lock.json: the exact versions, charts, manifests and images of the plan. */
final class LockRenderer {
    private LockRenderer() {}

    static void render(RenderContext ctx, FileTree.Builder out) {
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("apiVersion", "ksa.dev/v1alpha1");
        lock.put("kind", "PlatformLock");
        lock.put("platform", ctx.plan().name());
        lock.put("edition", ctx.plan().edition());
        lock.put("environment", ctx.plan().environment());
        lock.put("kubernetesVersion", ctx.plan().kubernetesVersion());
        ctx.airgap().ifPresent(a -> lock.put("airgap", K8s.map("registry", a.registry(), "project", a.project())));
        List<Object> components = new ArrayList<>();
        for (PlannedComponent p : ctx.plan().components()) {
            Component c = ctx.component(p.id());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", p.id());
            entry.put("version", p.version());
            entry.put("kind", p.kind());
            entry.put("namespace", p.namespace());
            entry.put("wave", p.wave());
            List<Object> charts = new ArrayList<>();
            c.install().charts().forEach(ch -> charts.add(K8s.map("release", ch.release(), "repo", ch.repo(), "chart", ch.chart(),
                    "version", ch.version(), "appVersion", ch.appVersion())));
            entry.put("charts", charts);
            entry.put("manifests", c.install().manifests());
            entry.put("images", c.inCluster() ? c.images() : List.of());
            components.add(entry);
        }
        lock.put("components", components);
        out.put("platform.lock.json", Yaml.json(lock));
    }
}
