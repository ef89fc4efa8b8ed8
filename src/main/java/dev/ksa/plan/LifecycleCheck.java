package dev.ksa.plan;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Lifecycle;
import dev.ksa.catalog.Mark;
import dev.ksa.catalog.Text;
import java.util.List;

/**
 * Step six: what a planned component's lifecycle and the edition's marks say. Past end of life or
 * retired: a warning naming the successors. Deprecated: the same, softer. The edition's own
 * caution mark, and a chosen component the edition deleted, are passed on with the text's reason.
 */
final class LifecycleCheck {
    private LifecycleCheck() {}

    static void apply(Draft draft) {
        for (Draft.Entry entry : draft.planned.values()) {
            Component c = entry.component;
            Lifecycle life = c.lifecycle();
            String successors = successors(draft, life.successors());
            if (life.endOfLifeOn(draft.today) || life.status() == Lifecycle.Status.RETIRED) {
                String when = life.endOfLife() != null ? life.endOfLife() : life.status().id();
                draft.warn("component-end-of-life", PlanWarning.Severity.WARNING, c.id(), c.category(), Text.of(
                        c.name() + "은(는) 지원이 종료되었습니다(" + when + "). 보안 수정이 없으므로 후속 컴포넌트로 옮기세요" + ko(successors) + note(life, true),
                        c.name() + " is past its end of life (" + when + ") and gets no security fixes; migrate to a successor" + en(successors) + note(life, false)));
            } else if (life.status() == Lifecycle.Status.DEPRECATED) {
                draft.warn("component-deprecated", PlanWarning.Severity.WARNING, c.id(), c.category(), Text.of(
                        c.name() + "은(는) 지원 중단 예정입니다" + (life.endOfLife() != null ? " (" + life.endOfLife() + " 종료)" : "") + ko(successors) + note(life, true),
                        c.name() + " is deprecated" + (life.endOfLife() != null ? " (end of life " + life.endOfLife() + ")" : "") + en(successors) + note(life, false)));
            }
            for (Mark mark : draft.edition.marksOf(c.id())) {
                if (mark.mark() == Mark.Kind.CAUTION) {
                    draft.warn("edition-caution", PlanWarning.Severity.WARNING, c.id(), c.category(), Text.of(
                            draft.edition.id() + " 에디션의 주의 표시: " + mark.reason().ko(), "The " + draft.edition.id() + " edition marks it with caution: " + mark.reason().en()));
                } else if (mark.mark() == Mark.Kind.DELETED) {
                    draft.warn("dropped-by-edition", PlanWarning.Severity.WARNING, c.id(), c.category(), Text.of(
                            draft.edition.id() + " 에디션은 " + c.name() + "을(를) 표준에서 뺐습니다: " + mark.reason().ko(),
                            "The " + draft.edition.id() + " edition dropped " + c.name() + " from the standard: " + mark.reason().en()));
                }
            }
        }
    }

    private static String successors(Draft draft, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> draft.catalog.find(id).map(Component::name).orElse(id)).toList());
    }

    private static String ko(String successors) {
        return successors.isEmpty() ? "." : " (" + successors + ").";
    }

    private static String en(String successors) {
        return successors.isEmpty() ? "." : " (" + successors + ").";
    }

    private static String note(Lifecycle life, boolean korean) {
        if (life.note() == null) {
            return "";
        }
        return " " + (korean ? life.note().ko() : life.note().en());
    }
}
