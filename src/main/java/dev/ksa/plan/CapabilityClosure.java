package dev.ksa.plan;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Text;
import dev.ksa.plan.CategoryStatus.Status;
import dev.ksa.plan.PlannedComponent.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step four: every {@code requires} of a planned component is met by a planned component or by
 * the environment; otherwise a provider is added ("required by X"), preferring what the edition
 * recommends, then the week-one essentials, then the rest of the catalog, never an excluded, denied
 * or conflicting one. Repeats until nothing changes; what cannot be met is reported.
 */
final class CapabilityClosure {
    private CapabilityClosure() {}

    static void apply(Draft draft) {
        boolean changed = true;
        Set<String> reported = draft.reportedRequirements;
        while (changed) {
            changed = false;
            for (Draft.Entry entry : new ArrayList<>(draft.planned.values())) {
                for (String capability : entry.component.requires()) {
                    if (draft.capabilities().contains(capability)) {
                        continue;
                    }
                    Optional<Component> provider = provider(draft, capability);
                    if (provider.isPresent()) {
                        Component p = provider.get();
                        Draft.Entry added = draft.add(p, Origin.REQUIRED, Text.of(
                                entry.component.name() + "이(가) 필요로 함 (" + capability + ")",
                                "required by " + entry.component.name() + " (" + capability + ")"));
                        added.reasons.add(CategoryPicks.firstSentence(p.why()));
                        draft.status(p.category(), Status.PLANNED, Exclusions.remaining(draft, p.category()), null);
                        changed = true;
                    } else if (reported.add(entry.component.id() + "/" + capability)) {
                        draft.warn("requirement-unsatisfied", PlanWarning.Severity.ERROR, entry.component.id(), entry.component.category(), Text.of(
                                entry.component.name() + "은(는) '" + capability + "'이(가) 필요하지만 제공할 수 있는 컴포넌트가 없습니다(제외·라이선스·충돌). "
                                        + "spec.exclude나 spec.policy를 조정하거나 " + entry.component.id() + "을(를) 제외하세요.",
                                entry.component.name() + " requires '" + capability + "' but no component can provide it (excluded, denied or conflicting). "
                                        + "Relax spec.exclude or spec.policy, or exclude " + entry.component.id() + "."));
                    }
                }
            }
        }
    }

    private static Optional<Component> provider(Draft draft, String capability) {
        List<Component> candidates = draft.catalog.providersOf(capability).stream()
                .filter(c -> !draft.excluded(c.id()) && draft.licenseAllowed(c))
                .filter(c -> !conflictsWithPlanned(draft, c))
                .filter(c -> !draft.environment.covers().containsKey(c.category()))
                .toList();
        return candidates.stream().min(Comparator
                .comparingInt((Component c) -> rank(draft, c))
                .thenComparingInt(c -> editionPosition(draft, c))
                .thenComparing(Component::id));
    }

    /** 0: the edition recommends it; 1: the environment needs it; 2: the category's fallback; 3: week-one; 4: the rest; +5 when dropped by the edition. */
    private static int rank(Draft draft, Component c) {
        int dropped = LicensePolicy.droppedByEdition(draft, c.id()) ? 5 : 0;
        if (draft.edition.recommends(c.id())) {
            return dropped;
        }
        if (draft.environment.needs().values().stream().anyMatch(ids -> ids.contains(c.id()))) {
            return 1 + dropped;
        }
        if (draft.catalog.findCategory(c.category()).map(cat -> cat.fallbacks().contains(c.id())).orElse(false)) {
            return 2 + dropped;
        }
        if (draft.catalog.set("week-one").map(s -> s.componentIds().contains(c.id())).orElse(false)) {
            return 3 + dropped;
        }
        return 4 + dropped;
    }

    private static int editionPosition(Draft draft, Component c) {
        int i = new ArrayList<>(draft.edition.componentIds()).indexOf(c.id());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static boolean conflictsWithPlanned(Draft draft, Component c) {
        return draft.planned.values().stream().anyMatch(e -> e.component.conflicts().contains(c.id()) || c.conflicts().contains(e.component.id()));
    }
}
