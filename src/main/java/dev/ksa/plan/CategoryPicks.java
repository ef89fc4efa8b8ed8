package dev.ksa.plan;

import dev.ksa.catalog.Alternative;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.EditionCategory;
import dev.ksa.catalog.Text;
import dev.ksa.plan.CategoryStatus.Status;
import dev.ksa.plan.PlannedComponent.Option;
import dev.ksa.plan.PlannedComponent.Origin;
import java.util.List;
import java.util.Optional;

/**
 * Step one: one pick per category. In order of precedence: {@code spec.choose}; a category the
 * environment's own services cover; an optional category whose feature is off; the environment's
 * default pick; the edition's recommendation (its default where it names two); what the
 * environment needs when the edition names nothing; the category's standard fallback.
 */
final class CategoryPicks {
    private CategoryPicks() {}

    static void apply(Draft draft) {
        for (Category category : draft.catalog.categories()) {
            pick(draft, category);
        }
    }

    private static void pick(Draft draft, Category category) {
        String id = category.id();
        String chosen = draft.profile.spec().choose().get(id);
        Optional<EditionCategory> recommended = draft.edition.category(id).filter(ec -> !ec.components().isEmpty());
        String editionName = draft.edition.id();
        Text categoryName = draft.categoryText(id);
        if (chosen != null) {
            Component component = draft.catalog.component(chosen);
            List<String> group = recommended.filter(ec -> ec.pick() == EditionCategory.Pick.ALL && ec.components().contains(chosen))
                    .map(EditionCategory::components).orElse(List.of(chosen));
            for (String member : group) {
                Draft.Entry entry = draft.add(draft.catalog.component(member), Origin.CHOSEN,
                        Text.of("platform.yaml에서 선택 (spec.choose." + id + ")", "chosen in platform.yaml (spec.choose." + id + ")"));
                why(entry);
                alternatives(draft, entry, recommended);
            }
            if (recommended.isPresent() && !recommended.get().components().contains(chosen)) {
                draft.warn("choice-outside-edition", PlanWarning.Severity.INFO, chosen, id, Text.of(
                        component.name() + "은(는) " + editionName + " 에디션의 " + categoryName.ko() + " 권장(" + String.join(", ", recommended.get().components())
                                + ")이 아니지만 선택한 대로 계획합니다.",
                        component.name() + " is not the " + editionName + " edition's recommendation for " + categoryName.en() + " ("
                                + String.join(", ", recommended.get().components()) + "); planned as chosen."));
            }
            draft.status(id, Status.PLANNED, group, null);
            return;
        }
        Text covered = draft.environment.covers().get(id);
        if (covered != null) {
            draft.status(id, Status.PROVIDED, List.of(), covered);
            return;
        }
        if (category.feature() != null && !draft.profile.spec().features().contains(category.feature())) {
            draft.status(id, Status.OFF, List.of(), Text.of("선택 기능 '" + category.feature() + "'을(를) spec.features에 넣으면 계획합니다",
                    "planned when spec.features includes '" + category.feature() + "'"));
            return;
        }
        String environmentPick = draft.environment.picks().get(id);
        if (environmentPick != null) {
            Draft.Entry entry = draft.add(draft.catalog.component(environmentPick), Origin.ENVIRONMENT,
                    Text.of(draft.environment.name().ko() + " 환경의 기본 선택 (" + categoryName.ko() + ")",
                            "the default for " + categoryName.en() + " on " + draft.environment.name().en()));
            why(entry);
            alternatives(draft, entry, recommended);
            draft.status(id, Status.PLANNED, List.of(environmentPick), null);
            return;
        }
        if (recommended.isPresent()) {
            EditionCategory ec = recommended.get();
            List<String> picks = ec.pick() == EditionCategory.Pick.ONE ? List.of(ec.defaultId()) : ec.components();
            for (String member : picks) {
                String of = ec.components().size() > 1 && ec.pick() == EditionCategory.Pick.ONE
                        ? " (" + String.join(", ", ec.components()) + " 중 기본)" : "";
                String ofEn = ec.components().size() > 1 && ec.pick() == EditionCategory.Pick.ONE
                        ? " (the default of " + String.join(", ", ec.components()) + ")" : "";
                Draft.Entry entry = draft.add(draft.catalog.component(member), Origin.EDITION,
                        Text.of(editionName + " 에디션의 " + categoryName.ko() + " 권장" + of,
                                "recommended by the " + editionName + " edition for " + categoryName.en() + ofEn));
                why(entry);
                alternatives(draft, entry, recommended);
            }
            draft.status(id, Status.PLANNED, picks, null);
            return;
        }
        List<String> needed = draft.environment.needs().getOrDefault(id, List.of());
        if (!needed.isEmpty()) {
            for (String member : needed) {
                Draft.Entry entry = draft.add(draft.catalog.component(member), Origin.ENVIRONMENT,
                        Text.of(draft.environment.name().ko() + " 클러스터에는 " + categoryName.ko() + "이(가) 필요하며, " + editionName
                                        + " 에디션이 따로 정하지 않아 표준의 통상 선택을 씁니다",
                                "an " + draft.environment.name().en() + " cluster needs " + categoryName.en() + "; the " + editionName
                                        + " edition names none, so the standard's usual choice is used"));
                why(entry);
            }
            draft.status(id, Status.PLANNED, needed, null);
            return;
        }
        if (!category.fallbacks().isEmpty()) {
            fallback(draft, category);
            return;
        }
        draft.status(id, Status.UNCOVERED, List.of(), Text.of(editionName + " 에디션은 이 범주에 컴포넌트를 정하지 않았습니다",
                "the " + editionName + " edition names no component for this category"));
    }

    /**
     * The category's fallback when the edition names nothing: the first of its fallbacks the standard has
     * not dropped, saying which it stands in for (Gatekeeper for Kyverno, dropped in 2025); when the
     * standard dropped them all, the category is uncovered with the first one's reason.
     */
    private static void fallback(Draft draft, Category category) {
        String id = category.id();
        String editionName = draft.edition.id();
        Text categoryName = draft.categoryText(id);
        List<Component> dropped = new java.util.ArrayList<>();
        for (String candidate : category.fallbacks()) {
            Optional<dev.ksa.catalog.Mark> mark = droppedMark(draft, candidate);
            if (mark.isPresent()) {
                dropped.add(draft.catalog.component(candidate));
                continue;
            }
            Component fallback = draft.catalog.component(candidate);
            boolean weekOne = draft.catalog.set("week-one").map(s -> s.componentIds().contains(fallback.id())).orElse(false);
            String insteadKo = dropped.isEmpty() ? "" : ", 표준이 뺀 " + names(dropped) + " 대신";
            String insteadEn = dropped.isEmpty() ? "" : " in place of " + names(dropped) + ", which the standard dropped";
            Draft.Entry entry = draft.add(fallback, Origin.FALLBACK, weekOne
                    ? Text.of("1주차 필수 컴포넌트" + insteadKo + " (" + editionName + " 에디션은 " + categoryName.ko() + "을(를) 따로 정하지 않음)",
                            "a week-one essential" + insteadEn + " (the " + editionName + " edition names nothing for " + categoryName.en() + ")")
                    : Text.of("표준의 통상 선택" + insteadKo + " (" + editionName + " 에디션은 " + categoryName.ko() + "을(를) 따로 정하지 않음)",
                            "the standard's usual choice" + insteadEn + " (the " + editionName + " edition names nothing for " + categoryName.en() + ")"));
            why(entry);
            for (Component gone : dropped) {
                Text reason = droppedMark(draft, gone.id()).orElseThrow().reason();
                entry.reasons.add(Text.of("표준이 " + gone.name() + "을(를) 뺀 이유: " + reason.ko(), "why the standard dropped " + gone.name() + ": " + reason.en()));
            }
            draft.status(id, Status.PLANNED, List.of(fallback.id()), null);
            return;
        }
        Component gone = dropped.get(0);
        dev.ksa.catalog.Mark mark = droppedMark(draft, gone.id()).orElseThrow();
        draft.status(id, Status.UNCOVERED, List.of(), Text.of(editionName + " 에디션까지의 표준이 " + gone.name() + "을(를) 뺐습니다: " + mark.reason().ko(),
                "the standard up to the " + editionName + " edition dropped " + gone.name() + ": " + mark.reason().en()));
        draft.warn("category-dropped-by-standard", PlanWarning.Severity.INFO, gone.id(), id, Text.of(
                categoryName.ko() + "을(를) 요청했지만 표준이 " + names(dropped) + "을(를) 뺐고 대안을 정하지 않았습니다. 쓰려면 spec.choose." + id + "에 지정하세요.",
                categoryName.en() + " was asked for, but the standard dropped " + names(dropped) + " and names no replacement. To plan one anyway, set spec.choose." + id + "."));
    }

    private static String names(List<Component> components) {
        return String.join(", ", components.stream().map(Component::name).toList());
    }

    /** The latest deletion mark of {@code id} in this or an earlier edition, unless a later edition up to this one recommends it again. */
    static Optional<dev.ksa.catalog.Mark> droppedMark(Draft draft, String id) {
        Optional<dev.ksa.catalog.Mark> mark = Optional.empty();
        for (dev.ksa.catalog.Edition e : draft.catalog.editions()) {
            if (e.id().compareTo(draft.edition.id()) > 0) {
                break;
            }
            Optional<dev.ksa.catalog.Mark> deleted = e.marksOf(id).stream().filter(m -> m.mark() == dev.ksa.catalog.Mark.Kind.DELETED).findFirst();
            if (deleted.isPresent()) {
                mark = deleted;
            } else if (e.recommends(id)) {
                mark = Optional.empty();
            }
        }
        return mark;
    }

    private static void why(Draft.Entry entry) {
        if (entry.component.why() != null && entry.component.why().complete() && entry.reasons.size() == 1) {
            entry.reasons.add(firstSentence(entry.component.why()));
        }
    }

    static Text firstSentence(Text text) {
        return Text.of(sentence(text.ko()), sentence(text.en()));
    }

    private static String sentence(String text) {
        String t = text.strip();
        int end = -1;
        for (String stop : new String[] {". ", "다. ", "요. "}) {
            int at = t.indexOf(stop);
            if (at > 0 && (end < 0 || at < end)) {
                end = at + stop.length() - 1;
            }
        }
        return end > 0 ? t.substring(0, end).strip() : t;
    }

    /** Others of the edition's list (with the edition's note) and the component's own alternatives. */
    private static void alternatives(Draft draft, Draft.Entry entry, Optional<EditionCategory> recommended) {
        recommended.ifPresent(ec -> ec.components().stream()
                .filter(other -> !other.equals(entry.component.id()) && ec.pick() == EditionCategory.Pick.ONE)
                .forEach(other -> addOption(entry, other, ec.note() != null ? ec.note()
                        : Text.of(draft.edition.id() + " 에디션이 함께 권장", "also recommended by the " + draft.edition.id() + " edition"))));
        for (Alternative alternative : entry.component.alternatives()) {
            addOption(entry, alternative.id(), alternative.when());
        }
    }

    private static void addOption(Draft.Entry entry, String id, Text when) {
        if (entry.alternatives.stream().noneMatch(o -> o.id().equals(id))) {
            entry.alternatives.add(new Option(id, when));
        }
    }
}
