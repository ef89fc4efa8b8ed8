package dev.ksa.render;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Environment;
import dev.ksa.plan.Plan;
import dev.ksa.plan.PlannedComponent;
import dev.ksa.plan.Profile;
import java.util.List;
import java.util.Optional;

/**
 * What a renderer may ask about the plan it renders: which components are planned, who provides a
 * capability, where a component's service lives, the console host names under {@code spec.domain}.
 */
public record RenderContext(Plan plan, Catalog catalog) {

    public Profile profile() {
        return plan.profile();
    }

    public Environment environment() {
        return catalog.environment(plan.environment());
    }

    public boolean planned(String id) {
        return plan.has(id);
    }

    public Component component(String id) {
        return catalog.component(id);
    }

    /** Planned in-cluster components in install order. */
    public List<PlannedComponent> inCluster() {
        return plan.inCluster();
    }

    /** The planned component providing a capability (the earliest in install order), if any. */
    public Optional<Component> provider(String capability) {
        return plan.components().stream().map(p -> catalog.component(p.id())).filter(c -> c.provides().contains(capability)).findFirst();
    }

    /** Whether a planned component or the environment itself provides the capability. */
    public boolean provided(String capability) {
        return provider(capability).isPresent() || environment().provides().contains(capability);
    }

    public String namespace(String id) {
        return plan.component(id).map(PlannedComponent::namespace).orElseGet(() -> catalog.component(id).install().namespace());
    }

    /** The in-cluster URL of a capability's planned provider ({@code endpoints} in the catalog), if any. */
    public Optional<String> endpoint(String capability) {
        return provider(capability).flatMap(c -> Optional.ofNullable(c.endpoints().get(capability))
                .map(url -> url.replace("{namespace}", namespace(c.id()))));
    }

    public String domain() {
        return plan.domain() == null ? plan.name() + ".local" : plan.domain();
    }

    /** {@code grafana.demo.internal} for a component with a console. */
    public Optional<String> host(String id) {
        Component c = catalog.component(id);
        return c.console() == null ? Optional.empty() : Optional.of(c.console().host() + "." + domain());
    }

    public Optional<Profile.Airgap> airgap() {
        return Optional.ofNullable(profile().spec().airgap());
    }

    public Profile.GitOps gitops() {
        Profile.GitOps g = profile().spec().gitops();
        return g != null ? g : new Profile.GitOps("https://git.example.invalid/" + plan.name() + ".git", "main", "");
    }

    /** Path of a generated file inside the GitOps repository (spec.gitops.path prefixes it). */
    public String repoPath(String path) {
        String base = gitops().path();
        return base.isEmpty() ? path : base + "/" + path;
    }
}
