package dev.ksa.plan;

import dev.ksa.catalog.Alternative;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.EditionCategory;
import dev.ksa.catalog.Text;
import dev.ksa.plan.CategoryStatus.Status;
import dev.ksa.plan.PlannedComponent.Origin;
import dev.ksa.support.UserError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step three: {@code spec.policy.denyLicenses}. A denied component is replaced by an allowed one
 * of the same category (the edition's other picks first, then the component's alternatives, then
 * the rest of the catalog; what the edition dropped last), with the reason; when none exists the category is reported uncovered.
 * A chosen component under a denied license contradicts the profile: that is an input error.
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
            Optional<Component> substitute = substitute(draft, denied);
            String license = denied.license();
            if (substitute.isPresent()) {
                Component s = substitute.get();
                Draft.Entry added = draft.add(s, Origin.LICENSE_SUBSTITUTE, Text.of(
                        denied.name() + " 대체 (라이선스 " + license + "은(는) spec.policy.denyLicenses로 금지됨)",
                        "replaces " + denied.name() + " (its license " + license + " is denied by spec.policy.denyLicenses)"));
                added.alternatives.addAll(entry.alternatives.stream().filter(o -> !o.id().equals(s.id())).toList());
                draft.status(denied.category(), Status.PLANNED, Exclusions.remaining(draft, denied.category()), null);
                draft.warn("license-substituted", PlanWarning.Severity.WARNING, denied.id(), denied.category(), Text.of(
                        denied.name() + "(" + license + ")은(는) 라이선스 정책으로 제외되어 " + s.name() + "(" + s.license() + ")로 대체합니다.",
                        denied.name() + " (" + license + ") is denied by the license policy; " + s.name() + " (" + s.license() + ") takes its place."));
            } else {
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
        }
    }

    private static Optional<Component> substitute(Draft draft, Component denied) {
        Set<String> candidates = new LinkedHashSet<>();
        draft.edition.category(denied.category()).map(EditionCategory::components).ifPresent(candidates::addAll);
        denied.alternatives().stream().map(Alternative::id).forEach(candidates::add);
        draft.catalog.inCategory(denied.category()).stream()
                .sorted(java.util.Comparator.comparingInt((Component c) -> -draft.catalog.editionsOf(c.id()).size()).thenComparing(Component::id))
                .map(Component::id).forEach(candidates::add);
        return candidates.stream()
                .filter(id -> !id.equals(denied.id()) && !draft.has(id) && !draft.excluded(id))
                .map(draft.catalog::find).flatMap(Optional::stream)
                .filter(c -> c.category().equals(denied.category()) && draft.licenseAllowed(c))
                .filter(c -> c.inCluster() == denied.inCluster() && sharesRole(c, denied))
                .min(java.util.Comparator.comparing((Component c) -> droppedByEdition(draft, c.id())));
    }

    /** A substitute must do the denied one's job: provide one of its capabilities other than shared CRDs. */
    private static boolean sharesRole(Component candidate, Component denied) {
        return denied.provides().stream().anyMatch(p -> !p.equals("crds") && candidate.provides().contains(p));
    }

    static boolean droppedByEdition(Draft draft, String id) {
        return draft.edition.marksOf(id).stream().anyMatch(m -> m.mark() == dev.ksa.catalog.Mark.Kind.DELETED);
    }
}
