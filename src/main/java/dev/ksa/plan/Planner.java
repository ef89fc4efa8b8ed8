package dev.ksa.plan;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Chart;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.Environment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a profile into a {@link Plan}: checks the profile against the catalog, then runs the
 * steps in order (picks, exclusions, license policy, capability closure, conflicts, lifecycle,
 * profile hints, capacity budget, install waves). Returns the plan; never writes anything.
 */
public final class Planner {
    private final Catalog catalog;
    private final Clock clock;

    public Planner(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public Plan plan(Profile profile) {
        ProfileChecks.check(profile, catalog);
        Edition edition = catalog.edition(profile.spec().edition());
        Environment environment = catalog.environment(profile.spec().environment());
        Draft draft = new Draft(catalog, profile, edition, environment, LocalDate.now(clock));
        CategoryPicks.apply(draft);
        Exclusions.apply(draft);
        LicensePolicy.apply(draft);
        CapabilityClosure.apply(draft);
        Conflicts.apply(draft);
        CapabilityClosure.apply(draft);
        CoveredElsewhere.apply(draft);
        LifecycleCheck.apply(draft);
        ProfileHints.apply(draft);
        Budget budget = CapacityBudget.apply(draft);
        List<PlannedComponent> components = ordered(draft);
        return new Plan(profile.metadata().name(), edition.id(), environment.id(), profile.spec().domain(),
                KubernetesVersion.of(profile, environment), components,
                categories(draft), sortedWarnings(draft), budget, profile);
    }

    private List<PlannedComponent> ordered(Draft draft) {
        List<Component> inCluster = draft.planned.values().stream().map(e -> e.component).filter(Component::inCluster).toList();
        InstallWaves.Result waves = InstallWaves.compute(inCluster);
        waves.cycles().forEach(cycle -> draft.warnings.add(InstallWaves.cycleWarning(cycle)));
        Map<String, Integer> categoryOrder = new HashMap<>();
        for (Category c : catalog.categories()) {
            categoryOrder.put(c.id(), c.order());
        }
        List<PlannedComponent> out = new ArrayList<>();
        for (Draft.Entry e : draft.planned.values()) {
            Component c = e.component;
            Integer wave = waves.waves().get(c.id());
            Chart chart = c.install() == null || c.install().charts().isEmpty() ? null : c.install().charts().get(0);
            out.add(new PlannedComponent(c.id(), c.name(), c.category(), c.install() == null ? null : c.install().kind().id(), c.version(),
                    chart == null ? null : chart.version(), c.inCluster() ? c.install().namespace() : null, wave, e.origin,
                    List.copyOf(e.reasons), List.copyOf(e.alternatives), waves.dependsOn().getOrDefault(c.id(), List.of())));
        }
        out.sort(Comparator.comparing((PlannedComponent p) -> p.wave() == null ? Integer.MAX_VALUE : p.wave())
                .thenComparing(p -> categoryOrder.getOrDefault(p.category(), 999))
                .thenComparing(PlannedComponent::id));
        return List.copyOf(out);
    }

    private List<CategoryStatus> categories(Draft draft) {
        List<CategoryStatus> out = new ArrayList<>();
        for (Category c : catalog.categories()) {
            CategoryStatus s = draft.categories.get(c.id());
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static List<PlanWarning> sortedWarnings(Draft draft) {
        List<PlanWarning> out = new ArrayList<>(draft.warnings);
        out.sort(Comparator.comparing(PlanWarning::severity)
                .thenComparing(PlanWarning::code)
                .thenComparing(w -> w.component() == null ? "" : w.component()));
        return List.copyOf(out);
    }
}
