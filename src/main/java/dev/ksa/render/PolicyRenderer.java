package dev.ksa.render;

import dev.ksa.catalog.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * {@code platform/policies/}: the baseline admission policies (no mutable or missing image tags,
 * resource requests and memory limits, readiness and liveness probes) for the planned
 * {@code policy-engine}. The policy texts are data, one folder per engine:
 * {@code render/policies/<engine-id>/*.yaml}; placeholders {@code ${platform}} and
 * {@code ${namespace}} (the engine's own namespace, excluded like the system namespaces).
 */
public final class PolicyRenderer {
    static final String CAPABILITY = "policy-engine";
    static final String FOLDER = "platform/policies/";

    private PolicyRenderer() {}

    public static void render(RenderContext ctx, FileTree.Builder out) {
        Optional<Component> engine = ctx.provider(CAPABILITY);
        if (engine.isEmpty()) {
            return;
        }
        String id = engine.get().id();
        SortedMap<String, String> policies = policies(id);
        if (policies.isEmpty()) {
            throw new IllegalStateException(id + " provides " + CAPABILITY + " but src/main/resources/render/policies/" + id
                    + "/ has no policies; add them there");
        }
        Map<String, String> values = Map.of("platform", ctx.plan().name(), "namespace", ctx.namespace(id));
        List<String> resources = new ArrayList<>();
        policies.forEach((name, text) -> {
            out.put(FOLDER + name, DataFiles.fill(text, values, "render/policies/" + id + "/" + name));
            resources.add(name);
        });
        out.put(FOLDER + "kustomization.yaml", Yaml.comment("Baseline policies for " + engine.get().name()
                + " (" + CAPABILITY + "), in audit mode: see each file's header before enforcing.") + K8s.kustomization(resources));
    }

    /** The policy files of an engine, by file name. */
    static SortedMap<String, String> policies(String engineId) {
        return DataFiles.list("render/policies/" + engineId, ".yaml");
    }
}
