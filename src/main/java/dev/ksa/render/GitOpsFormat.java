package dev.ksa.render;

import dev.ksa.catalog.Component;
import dev.ksa.support.UserError;
import java.util.Optional;

/**
 * ksa writes the repository as Argo CD Applications (app of apps, sync waves). The planned GitOps
 * engine must read that format ({@code vars.gitopsFormat} in its render data); a plan whose engine
 * reads another one (Flux's HelmReleases and Kustomizations) is refused before anything is written,
 * rather than writing Applications nothing would apply.
 */
final class GitOpsFormat {
    static final String ARGO_CD_APPLICATIONS = "argo-cd-applications";

    private GitOpsFormat() {}

    static void require(RenderContext ctx) {
        Optional<Component> engine = ctx.provider("gitops");
        if (engine.isEmpty()) {
            return;
        }
        String format = RenderDataLoader.of(engine.get().id()).vars().get("gitopsFormat");
        if (!ARGO_CD_APPLICATIONS.equals(format)) {
            throw new UserError(ctx.profile().at("/spec/choose/" + engine.get().category()) + ": the plan's GitOps engine is "
                    + engine.get().name() + ", but ksa generate writes the repository as Argo CD Applications, which "
                    + engine.get().name() + " does not read. Choose argo-cd for " + engine.get().category()
                    + " (or remove it from spec.choose); ksa plan still explains a " + engine.get().name() + " platform");
        }
    }
}
