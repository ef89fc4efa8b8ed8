package dev.ksa.render;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import java.util.List;

/**
 * Renders a plan into the GitOps repository, in memory: Applications and values, platform
 * manifests (namespaces, component objects, consoles, policies, monitoring), bootstrap, air-gap
 * lists, README and lock file. Pure and deterministic; {@link TreeWriter} puts it on disk.
 */
public final class Renderer {
    private final Catalog catalog;

    public Renderer(Catalog catalog) {
        this.catalog = catalog;
    }

    public FileTree render(Plan plan, Lang lang) {
        return render(plan, lang, java.util.Set.of());
    }

    /** With the images the platform's rendered charts run ({@code ksa generate --charts}), listed for the air gap too. */
    public FileTree render(Plan plan, Lang lang, java.util.Set<String> renderedImages) {
        RenderContext ctx = new RenderContext(plan, catalog);
        GitOpsFormat.require(ctx);
        ValuesComposer composer = new ValuesComposer(ctx);
        FileTree.Builder out = new FileTree.Builder();
        ApplicationRenderer.render(ctx, composer, out);
        PlatformRenderer.render(ctx, composer.variables(), out);
        PlatformParts.render(ctx, out);
        PlatformApps.render(ctx, out);
        out.put("apps/kustomization.yaml", K8s.kustomization(out.under("apps/").stream()
                .filter(p -> !p.equals("apps/kustomization.yaml")).map(p -> p.substring("apps/".length())).toList()));
        List<BootstrapSecrets.Entry> secrets = BootstrapSecrets.of(ctx, composer.variables());
        BootstrapSecretsRenderer.render(ctx, secrets, out);
        BootstrapRenderer.render(ctx, out);
        AirgapRenderer.render(ctx, renderedImages, out);
        LockRenderer.render(ctx, out);
        dev.ksa.render.provisioning.ProvisioningRenderer.render(ctx, out);
        ReadmeRenderer.render(ctx, lang, secrets, out);
        return out.build();
    }
}
