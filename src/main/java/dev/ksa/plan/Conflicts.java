package dev.ksa.plan;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Step five: components that cannot run in one cluster (two CNIs, two meshes, MetalLB next to
 * Cilium's own L2 load balancer). When one side was chosen and the other only defaulted, and the
 * chosen one provides what the other was planned for, the defaulted one goes (with the reason);
 * when both were chosen the user asked for it and is told what to configure; otherwise it is an
 * error saying what to change.
 */
final class Conflicts {
    private Conflicts() {}

    static void apply(Draft draft) {
        List<Draft.Entry> entries = new ArrayList<>(draft.planned.values());
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                Draft.Entry a = entries.get(i);
                Draft.Entry b = entries.get(j);
                if (!draft.has(a.component.id()) || !draft.has(b.component.id()) || !conflict(a.component, b.component)) {
                    continue;
                }
                resolve(draft, a, b);
            }
        }
    }

    private static boolean conflict(Component a, Component b) {
        return a.conflicts().contains(b.id()) || b.conflicts().contains(a.id());
    }

    private static void resolve(Draft draft, Draft.Entry a, Draft.Entry b) {
        boolean aChosen = draft.chosen(a.component.id());
        boolean bChosen = draft.chosen(b.component.id());
        Component x = a.component;
        Component y = b.component;
        if (aChosen && bChosen) {
            draft.warn("conflict-chosen", PlanWarning.Severity.WARNING, y.id(), y.category(), Text.of(
                    x.name() + "와(과) " + y.name() + "은(는) 함께 쓰면 충돌하지만 둘 다 선택했으므로 계획합니다. 한쪽의 겹치는 기능을 꺼야 합니다.",
                    x.name() + " and " + y.name() + " conflict, but both were chosen, so both are planned: switch off the overlapping feature of one of them."));
            return;
        }
        Draft.Entry keep = aChosen ? a : bChosen ? b : null;
        Draft.Entry drop = keep == a ? b : a;
        if (keep != null && covers(keep.component, drop.component)) {
            draft.remove(drop.component.id());
            String category = drop.component.category();
            List<String> left = Exclusions.remaining(draft, category);
            draft.status(category, left.isEmpty() ? CategoryStatus.Status.PROVIDED : CategoryStatus.Status.PLANNED, left.isEmpty() ? List.of(keep.component.id()) : left,
                    left.isEmpty() ? Text.of(keep.component.name() + "이(가) 제공", "provided by " + keep.component.name()) : null);
            draft.warn("conflict-resolved", PlanWarning.Severity.INFO, drop.component.id(), category, Text.of(
                    drop.component.name() + "은(는) 선택한 " + keep.component.name() + "와(과) 충돌하여 빠지고, " + keep.component.name()
                            + "이(가) 그 역할을 맡습니다. " + drop.component.name() + "을(를) 유지하려면 spec.choose." + category + ": " + drop.component.id() + "로 지정하세요.",
                    drop.component.name() + " conflicts with the chosen " + keep.component.name() + " and is left out; " + keep.component.name()
                            + " takes its role. To keep " + drop.component.name() + ", set spec.choose." + category + ": " + drop.component.id() + "."));
            return;
        }
        draft.warn("conflict", PlanWarning.Severity.ERROR, y.id(), y.category(), Text.of(
                x.name() + "와(과) " + y.name() + "은(는) 한 클러스터에서 충돌합니다. spec.exclude에 하나를 넣거나 spec.choose." + y.category() + "로 하나를 고르세요.",
                x.name() + " and " + y.name() + " conflict in one cluster. Put one of them in spec.exclude, or pick one with spec.choose." + y.category() + "."));
    }

    /** Whether {@code keep} provides every capability {@code drop} was planned for (shared CRDs aside). */
    private static boolean covers(Component keep, Component drop) {
        Set<String> needed = new LinkedHashSet<>(drop.provides());
        needed.remove("crds");
        return keep.provides().containsAll(needed);
    }
}
