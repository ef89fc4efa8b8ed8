package dev.ksa.render;

import dev.ksa.plan.PlannedComponent;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Argo CD Application per {@code platform/<folder>}, synced one wave after what its objects
 * need: a component's own folder after the providers of the API groups its objects use (their
 * CRDs and controllers, e.g. the component itself, or cert-manager for Certificates) and with what
 * the component waits for, so objects the component needs at start (a bucket whose Secret it reads)
 * arrive with it rather than after it; the shared folders after the providers of the capabilities
 * they use (Ingress and certificates, PrometheusRules, policies). Namespaces and the environment's
 * own objects (a cloud's StorageClass) come first, in wave 0.
 */
final class PlatformApps {
    /** Shared platform folders and the capabilities whose providers must be running first. */
    private static final Map<String, List<String>> SHARED = Map.of(
            "namespaces", List.of(),
            "environment", List.of(),
            "ingress", List.of("ingress", "certificates"),
            "monitoring", List.of("metrics-backend", "visualization"),
            "policies", List.of("policy-engine"),
            "trust", List.of("certificates"));
    /** Folders every other one may rely on. */
    private static final List<String> FIRST = List.of("namespaces", "environment");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion: ([^\\s/]+)/\\S+$");

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
            int wave = wave(ctx, folder, out);
            String name = "platform-" + folder;
            out.put("apps/" + name + ".yaml", Yaml.documents("Platform objects in platform/" + folder + "/, wave " + wave + ".",
                    List.of(ApplicationRenderer.pathApplication(ctx, name, folder, "default", wave, "platform/" + folder, false))));
        }
    }

    static int wave(RenderContext ctx, String folder, FileTree.Builder out) {
        if (FIRST.contains(folder)) {
            return 0;
        }
        List<String> capabilities = SHARED.get(folder);
        int after = 0;
        if (capabilities == null) {
            for (PlannedComponent.Dependency d : ctx.plan().component(folder).map(PlannedComponent::dependsOn).orElse(List.of())) {
                after = Math.max(after, waveOf(ctx, d.id()));
            }
            for (String group : groups(folder, out)) {
                for (PlannedComponent p : ctx.inCluster()) {
                    if (ctx.component(p.id()).fingerprints().crdGroups().contains(group)) {
                        after = Math.max(after, p.wave());
                    }
                }
            }
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

    private static int waveOf(RenderContext ctx, String id) {
        return ctx.plan().component(id).map(PlannedComponent::wave).filter(w -> w != null).orElse(0);
    }

    /** The API groups of the objects in a platform folder (core objects have none). */
    private static TreeSet<String> groups(String folder, FileTree.Builder out) {
        TreeSet<String> groups = new TreeSet<>();
        for (String path : out.under("platform/" + folder + "/")) {
            String text = out.get(path);
            if (path.endsWith("/kustomization.yaml") || text == null) {
                continue;
            }
            Matcher m = API_VERSION.matcher(text);
            while (m.find()) {
                groups.add(m.group(1));
            }
        }
        return groups;
    }
}
