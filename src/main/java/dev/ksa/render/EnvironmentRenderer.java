package dev.ksa.render;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code platform/environment/}: objects the environment itself needs before any component, from
 * {@code render/environments/<id>.yaml} (on AWS the gp3 StorageClass of the EBS CSI driver, which an
 * EKS cluster does not come with but every volume of the plan asks for).
 */
final class EnvironmentRenderer {
    static final String FOLDER = "platform/environment/";

    private EnvironmentRenderer() {}

    static void render(RenderContext ctx, Variables variables, FileTree.Builder out) {
        String id = ctx.environment().id();
        List<String> files = new ArrayList<>();
        for (RenderData.Manifest m : RenderDataLoader.environment(id).manifests()) {
            if (!Variables.holds(m.condition(), ctx)) {
                continue;
            }
            List<Object> documents = PruneSafety.mark(m.resolved(ctx, variables, "environment " + id));
            out.put(FOLDER + m.file(), Yaml.documents(ctx.environment().name().en() + ": " + m.file() + " (from ksa's render data)", documents));
            files.add(m.file());
        }
        if (!files.isEmpty()) {
            out.put(FOLDER + "kustomization.yaml", K8s.kustomization(files));
        }
    }
}
