package dev.ksa.render;

import dev.ksa.plan.PlannedComponent;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One Argo CD Application per {@code platform/<folder>}, synced one wave after what its objects
 * need: a component's own folder after the component (its CRDs), the shared folders after the
 * providers of the capabilities they use (Ingress and certificates, PrometheusRules, policies).
 */
final class PlatformApps {
    /** Shared platform folders and the capabilities whose providers must be running first. */
    private static final Map<String, List<String>> SHARED = Map.of(
            "namespaces", List.of(),
            "ingress", List.of("ingress", "certificates"),
            "monitoring", List.of("metrics-backend", "visualization"),
            "policies", List.of("policy-engine"),
            "trust", List.of("certificates"));

    private PlatformApps() {}

    static void render(RenderContext ctx, FileTree.Builder out) {
        TreeSet<String> folders = new TreeSet<>();
        for (String path : out.under("platform/")) {
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[2].equals("kustomization.yaml")) {
                folders.add(parts[1]);
            }
        }
        for (String folder : folders) {
            int wave = wave(ctx, folder);
            String name = "platform-" + folder;
            out.put("apps/" + name + ".yaml", Yaml.documents("Platform objects in platform/" + folder + "/, wave " + wave + ".",
                    List.of(ApplicationRenderer.pathApplication(ctx, name, folder, "default", wave, "platform/" + folder, false))));
        }
    }

    static int wave(RenderContext ctx, String folder) {
        if (folder.equals("namespaces")) {
            return 0;
        }
        List<String> capabilities = SHARED.get(folder);
        int after = 0;
        if (capabilities == null) {
            after = ctx.plan().component(folder).map(PlannedComponent::wave).filter(w -> w != null).orElse(0);
        } else {
            for (String capability : capabilities) {
                for (PlannedComponent p : ctx.inCluster()) {
                    if (ctx.component(p.id()).provides().contains(capability)) {
                        after = Math.max(after, p.wave());
                    }
                }
            }
        }
        return after + 1;
    }
}
