package dev.ksa.plan;

import dev.ksa.catalog.Text;
import dev.ksa.plan.CategoryStatus.Status;
import java.util.List;

/** Step two: {@code spec.exclude} takes components out; a category left empty is reported uncovered. */
final class Exclusions {
    private Exclusions() {}

    static void apply(Draft draft) {
        for (String id : draft.profile.spec().exclude()) {
            Draft.Entry entry = draft.planned.get(id);
            if (entry == null) {
                continue;
            }
            draft.remove(id);
            String category = entry.component.category();
            List<String> left = remaining(draft, category);
            if (left.isEmpty()) {
                draft.status(category, Status.UNCOVERED, List.of(), Text.of("platform.yaml의 spec.exclude로 제외됨", "excluded in platform.yaml (spec.exclude)"));
                draft.warn("category-excluded", PlanWarning.Severity.INFO, id, category, Text.of(
                        entry.component.name() + "을(를) 제외하여 " + draft.categoryText(category).ko() + " 범주가 비었습니다. 다른 컴포넌트를 쓰려면 spec.choose." + category + "에 지정하세요.",
                        entry.component.name() + " is excluded, so nothing covers " + draft.categoryText(category).en()
                                + ". To use another component, set spec.choose." + category + "."));
            } else {
                draft.status(category, Status.PLANNED, left, null);
            }
        }
    }

    static List<String> remaining(Draft draft, String category) {
        return draft.planned.values().stream().filter(e -> e.component.category().equals(category)).map(e -> e.component.id()).toList();
    }
}
