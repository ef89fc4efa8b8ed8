package dev.ksa.plan;

import dev.ksa.catalog.Alternative;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.EditionCategory;
import dev.ksa.catalog.Text;
import dev.ksa.plan.CategoryStatus.Status;
import dev.ksa.plan.PlannedComponent.Origin;
import dev.ksa.support.UserError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step three: {@code spec.policy.denyLicenses}. A denied component's job (what it provides, other than
 * shared CRDs) goes, in this order, to: allowed components already planned that provide all of it (Grafana
 * denied: OpenSearch, planned for logs, brings OpenSearch Dashboards), reported as provided by them; else an
 * allowed component of the same category that shares the job, preferring one that neither the edition
 * dropped nor needs something only a dropped component provides (Kibana needs Elasticsearch), then what the
 * edition recommends, its other picks, the denied one's alternatives, the rest of the catalog. Without any,
 * the category is reported uncovered. A chosen component under a denied license contradicts the profile:
 * that is an input error.
 */
final class LicensePolicy {
    private LicensePolicy() {}

    static void apply(Draft draft) {
        DeniedLicenses.note(draft);
        if (draft.deniedLicenses.isEmpty()) {
            return;
        }
        for (Draft.Entry entry : new ArrayList<>(draft.planned.values())) {
            Component denied = entry.component;
            if (draft.licenseAllowed(denied)) {
                continue;
            }
            if (entry.origin == Origin.CHOSEN) {
                throw new UserError(draft.profile.at("/spec/choose/" + denied.category()) + ": " + denied.id() + " is licensed " + denied.license()
                        + ", which spec.policy.denyLicenses denies. Choose another " + denied.category() + " component or allow the license");
            }
            draft.remove(denied.id());
            List<Component> planned = plannedProviders(draft, denied);
            if (!planned.isEmpty()) {
                coveredByPlanned(draft, denied, planned);
                continue;
            }
            Optional<Component> substitute = substitute(draft, denied);
            if (substitute.isPresent()) {
                substituted(draft, entry, substitute.get());
            } else {
                uncovered(draft, denied);
            }
        }
    }

    /** What the denied component does: its capabilities other than shared CRDs. */
    static Set<String> roles(Component c) {
        Set<String> roles = new LinkedHashSet<>(c.provides());
        roles.remove("crds");
        return roles;
    }

    /** Allowed planned components that together provide every role of the denied one (none when a role is left). */
    private static List<Component> plannedProviders(Draft draft, Component denied) {
        Set<String> roles = roles(denied);
        List<Component> providers = new ArrayList<>();
        for (String role : roles) {
            Optional<Component> provider = draft.planned.values().stream().map(e -> e.component)
                    .filter(c -> c.provides().contains(role) && c.inCluster() == denied.inCluster() && draft.licenseAllowed(c))
                    .findFirst();
            if (provider.isEmpty()) {
                return List.of();
            }
            if (!providers.contains(provider.get())) {
                providers.add(provider.get());
            }
        }
        return providers;
    }

    private static void coveredByPlanned(Draft draft, Component denied, List<Component> providers) {
        String license = denied.license();
        String roles = String.join(", ", roles(denied));
        String names = String.join(", ", providers.stream().map(Component::name).toList());
        for (Component p : providers) {
            draft.planned.get(p.id()).reasons.add(Text.of(
                    denied.name() + "의 역할(" + roles + ")도 맡음 (라이선스 " + license + "은(는) spec.policy.denyLicenses로 금지됨)",
                    "also does the job of " + denied.name() + " (" + roles + "; its license " + license + " is denied by spec.policy.denyLicenses)"));
        }
        List<String> left = Exclusions.remaining(draft, denied.category());
        draft.status(denied.category(), left.isEmpty() ? Status.PROVIDED : Status.PLANNED,
                left.isEmpty() ? providers.stream().map(Component::id).toList() : left,
                left.isEmpty() ? Text.of(names + "이(가) 제공 (" + roles + ")", "provided by " + names + " (" + roles + ")") : null);
        draft.warn("license-substituted", PlanWarning.Severity.WARNING, denied.id(), denied.category(), Text.of(
                denied.name() + "(" + license + ")은(는) 라이선스 정책으로 제외되며, 이미 계획된 " + names + "이(가) 그 역할(" + roles + ")을 맡습니다.",
                denied.name() + " (" + license + ") is denied by the license policy; " + names + ", already planned, does its job (" + roles + ")."));
    }

    private static void substituted(Draft draft, Draft.Entry entry, Component s) {
        Component denied = entry.component;
        String license = denied.license();
        Draft.Entry added = draft.add(s, Origin.LICENSE_SUBSTITUTE, Text.of(
                denied.name() + " 대체 (라이선스 " + license + "은(는) spec.policy.denyLicenses로 금지됨)",
                "replaces " + denied.name() + " (its license " + license + " is denied by spec.policy.denyLicenses)"));
        added.alternatives.addAll(entry.alternatives.stream().filter(o -> !o.id().equals(s.id())).toList());
        draft.status(denied.category(), Status.PLANNED, Exclusions.remaining(draft, denied.category()), null);
        draft.warn("license-substituted", PlanWarning.Severity.WARNING, denied.id(), denied.category(), Text.of(
                denied.name() + "(" + license + ")은(는) 라이선스 정책으로 제외되어 " + s.name() + "(" + s.license() + ")로 대체합니다.",
                denied.name() + " (" + license + ") is denied by the license policy; " + s.name() + " (" + s.license() + ") takes its place."));
    }

    private static void uncovered(Draft draft, Component denied) {
        String license = denied.license();
        List<String> left = Exclusions.remaining(draft, denied.category());
        draft.status(denied.category(), left.isEmpty() ? Status.UNCOVERED : Status.PLANNED, left, left.isEmpty()
                ? Text.of("라이선스 " + license + " 금지로 제외되었고 허용되는 대안이 카탈로그에 없습니다",
                        "its license " + license + " is denied and the catalog has no allowed alternative")
                : null);
        draft.warn("license-denied", PlanWarning.Severity.WARNING, denied.id(), denied.category(), Text.of(
                denied.name() + "(" + license + ")은(는) 라이선스 정책으로 제외되었고 같은 범주에 허용되는 대안이 없습니다. "
                        + draft.categoryText(denied.category()).ko() + " 범주는 비어 있습니다.",
                denied.name() + " (" + license + ") is denied by the license policy and no allowed alternative of its category exists; "
                        + draft.categoryText(denied.category()).en() + " is left uncovered."));
    }

    private static Optional<Component> substitute(Draft draft, Component denied) {
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(order(draft, denied)));
        return candidates.stream()
                .filter(id -> !id.equals(denied.id()) && !draft.has(id) && !draft.excluded(id))
                .map(draft.catalog::find).flatMap(Optional::stream)
                .filter(c -> c.category().equals(denied.category()) && draft.licenseAllowed(c))
                .filter(c -> c.inCluster() == denied.inCluster() && sharesRole(c, denied))
                .min(Comparator.comparing((Component c) -> leadsOutOfTheEdition(draft, c))
                        .thenComparing(c -> !draft.edition.recommends(c.id()))
                        .thenComparingInt(c -> candidates.indexOf(c.id())));
    }

    /** The edition's picks for the category, the denied one's alternatives, then the rest of the catalog (most editions first). */
    private static List<String> order(Draft draft, Component denied) {
        List<String> ids = new ArrayList<>();
        draft.edition.category(denied.category()).map(EditionCategory::components).ifPresent(ids::addAll);
        denied.alternatives().stream().map(Alternative::id).forEach(ids::add);
        draft.catalog.inCategory(denied.category()).stream()
                .sorted(Comparator.comparingInt((Component c) -> -draft.catalog.editionsOf(c.id()).size()).thenComparing(Component::id))
                .map(Component::id).forEach(ids::add);
        return ids;
    }

    /** A substitute must do the denied one's job: provide one of its capabilities other than shared CRDs. */
    private static boolean sharesRole(Component candidate, Component denied) {
        return roles(denied).stream().anyMatch(candidate.provides()::contains);
    }

    /**
     * Whether taking the candidate means a component the edition dropped: the candidate itself, or the only
     * allowed providers of something it requires that nothing planned provides yet (Kibana needs
     * Elasticsearch's API, and the 2026 edition dropped both).
     */
    private static boolean leadsOutOfTheEdition(Draft draft, Component candidate) {
        if (droppedByEdition(draft, candidate.id())) {
            return true;
        }
        Set<String> met = draft.capabilities();
        for (String capability : candidate.requires()) {
            if (met.contains(capability)) {
                continue;
            }
            boolean inEdition = draft.catalog.providersOf(capability).stream()
                    .anyMatch(p -> !p.id().equals(candidate.id()) && !draft.excluded(p.id()) && draft.licenseAllowed(p) && !droppedByEdition(draft, p.id()));
            if (!inEdition) {
                return true;
            }
        }
        return false;
    }

    /** Whether the standard dropped it: a deleted mark in this or an earlier edition, not recommended again since. */
    static boolean droppedByEdition(Draft draft, String id) {
        return CategoryPicks.droppedMark(draft, id).isPresent();
    }
}
