package dev.ksa.plan;

import dev.ksa.catalog.Category;
import dev.ksa.catalog.Text;
import dev.ksa.plan.CategoryStatus.Status;
import java.util.List;

/**
 * A category left uncovered whose capability another planned component already provides (image
 * scanning by Harbor's bundled Trivy, a load balancer by Cilium) is reported as provided by it,
 * with the component named, rather than as a gap.
 */
final class CoveredElsewhere {
    /** Warnings that say the category is left empty, no longer true once another component covers it. */
    private static final java.util.Set<String> GAPS = java.util.Set.of("category-dropped-by-standard", "category-excluded");

    private CoveredElsewhere() {}

    static void apply(Draft draft) {
        for (Category category : draft.catalog.categories()) {
            CategoryStatus status = draft.categories.get(category.id());
            if (category.capability() == null || status == null || status.status() != Status.UNCOVERED) {
                continue;
            }
            draft.planned.values().stream().map(e -> e.component)
                    .filter(c -> c.provides().contains(category.capability()))
                    .findFirst()
                    .ifPresent(c -> {
                        draft.status(category.id(), Status.PROVIDED, List.of(c.id()),
                                Text.of(c.name() + "이(가) 제공 (" + category.capability() + ")", "provided by " + c.name() + " (" + category.capability() + ")"));
                        draft.warnings.removeIf(w -> category.id().equals(w.category()) && GAPS.contains(w.code()));
                    });
        }
    }
}
