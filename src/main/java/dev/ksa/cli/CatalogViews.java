package dev.ksa.cli;

import dev.ksa.catalog.Alternative;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.EditionDiff;
import dev.ksa.catalog.Lang;
import dev.ksa.catalog.Lifecycle;
import dev.ksa.catalog.Mark;
import dev.ksa.catalog.Text;
import dev.ksa.support.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The shapes {@code ksa catalog} prints (DESIGN.md section 6): fields may be added, never renamed. */
final class CatalogViews {
    private CatalogViews() {}

    record ListEntry(String id, String name, String nameKo, String category, String license, List<String> editions) {}

    record EditionEntry(String id, String title, String published, String reference, int components, int categories, int marks) {}

    record MarkView(String edition, String id, String mark, Text reason) {}

    record Detail(Component component, List<String> editions, List<MarkView> marks) {}

    record DiffView(String from, String to, List<String> added, List<String> removed, List<String> kept,
            List<EditionDiff.Replacement> replaced, List<DiffMark> marks) {}

    record DiffMark(String id, String mark, Text reason) {}

    static Detail detail(Catalog catalog, Component c) {
        return new Detail(c, catalog.editionsOf(c.id()), marksOf(catalog, c.id()));
    }

    static List<MarkView> marksOf(Catalog catalog, String id) {
        List<MarkView> marks = new ArrayList<>();
        for (Edition e : catalog.editions()) {
            for (Mark m : e.marksOf(id)) {
                marks.add(new MarkView(e.id(), m.id(), m.mark().id(), m.reason()));
            }
        }
        return marks;
    }

    static DiffView diff(EditionDiff d) {
        return new DiffView(d.from(), d.to(), d.added(), d.removed(), d.kept(), d.replaced(),
                d.marks().stream().map(m -> new DiffMark(m.id(), m.mark().id(), m.reason())).toList());
    }

    /** The one-page description a person reads in a terminal. */
    static String sheet(Catalog catalog, Component c, Lang lang) {
        boolean ko = lang == Lang.KO;
        StringBuilder out = new StringBuilder();
        out.append(c.name(lang)).append(ko ? " (" + c.name() + ")" : "").append("  [").append(c.id()).append("]\n");
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put(ko ? "분류" : "Category", catalog.findCategory(c.category()).map(k -> k.name().in(lang)).orElse(c.category())
                + " (" + c.category() + ")");
        facts.put(ko ? "저장소" : "Repository", c.repo());
        facts.put(ko ? "라이선스" : "License", c.license() + (c.licenseNote() != null ? " — " + c.licenseNote().in(lang) : ""));
        List<String> editions = catalog.editionsOf(c.id());
        facts.put(ko ? "에디션" : "Editions", editions.isEmpty() ? (ko ? "(표준 아키텍처 외)" : "(not in an edition)") : String.join(", ", editions));
        if (!c.stars().isEmpty()) {
            facts.put(ko ? "깃허브 스타" : "GitHub stars", String.join(", ",
                    new TreeMap<>(c.stars()).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        facts.put(ko ? "설치" : "Install", install(c));
        facts.put(ko ? "버전" : "Version", c.version());
        if (!c.provides().isEmpty()) {
            facts.put(ko ? "제공" : "Provides", String.join(", ", c.provides()));
        }
        if (!c.requires().isEmpty()) {
            facts.put(ko ? "필요" : "Requires", String.join(", ", c.requires()));
        }
        if (!c.uses().isEmpty()) {
            facts.put(ko ? "연결" : "Uses", String.join(", ", c.uses()));
        }
        if (!c.conflicts().isEmpty()) {
            facts.put(ko ? "충돌" : "Conflicts", String.join(", ", c.conflicts()));
        }
        if (c.resources() != null) {
            facts.put(ko ? "요청 자원" : "Requests", "cpu " + c.resources().cpu() + ", memory " + c.resources().memory()
                    + (c.resources().perNode() ? (ko ? " (노드마다)" : " (per node)") : ""));
        }
        Lifecycle life = c.lifecycle();
        if (life.status() != Lifecycle.Status.ACTIVE) {
            String dates = (life.endOfLife() != null ? (ko ? " 지원 종료 " : " end of life ") + life.endOfLife() : "");
            facts.put(ko ? "수명 주기" : "Lifecycle", life.status().id() + dates
                    + (life.successors().isEmpty() ? "" : (ko ? ", 후속: " : ", successors: ") + String.join(", ", life.successors())));
        }
        int width = facts.keySet().stream().mapToInt(TextTable::width).max().orElse(0);
        facts.forEach((k, v) -> out.append("  ").append(k).append(" ".repeat(width - TextTable.width(k))).append("  ").append(v).append('\n'));
        out.append('\n').append(ko ? "설명" : "What it is").append('\n').append("  ").append(c.description().in(lang)).append('\n');
        out.append('\n').append(ko ? "선정 이유" : "Why").append('\n').append("  ").append(c.why().in(lang)).append('\n');
        if (life.note() != null) {
            out.append("  ").append(life.note().in(lang)).append('\n');
        }
        if (!c.alternatives().isEmpty()) {
            out.append('\n').append(ko ? "대안" : "Alternatives").append('\n');
            for (Alternative a : c.alternatives()) {
                out.append("  ").append(a.id()).append(": ").append(a.when() == null ? "" : a.when().in(lang)).append('\n');
            }
        }
        List<MarkView> marks = marksOf(catalog, c.id());
        if (!marks.isEmpty()) {
            out.append('\n').append(ko ? "에디션 표시" : "Edition marks").append('\n');
            marks.forEach(m -> out.append("  ").append(m.edition()).append(' ').append(m.mark()).append(": ")
                    .append(m.reason() == null ? "" : m.reason().in(lang)).append('\n'));
        }
        return out.toString();
    }

    private static String install(Component c) {
        if (c.install() == null) {
            return "-";
        }
        StringBuilder s = new StringBuilder(c.install().kind().id());
        List<String> charts = c.install().charts().stream()
                .map(ch -> (ch.oci() ? ch.repo() + "/" + ch.chart() : ch.chart() + " from " + ch.repo()) + " " + ch.version())
                .toList();
        if (!charts.isEmpty()) {
            s.append(": ").append(String.join("; ", charts));
        }
        if (c.install().namespace() != null) {
            s.append(" (namespace ").append(c.install().namespace()).append(')');
        }
        return s.toString();
    }

    static String diffTable(Catalog catalog, EditionDiff d, Lang lang) {
        boolean ko = lang == Lang.KO;
        StringBuilder out = new StringBuilder();
        out.append(ko ? d.from() + " → " + d.to() + " 에디션 변경 사항\n" : "Changes from edition " + d.from() + " to " + d.to() + "\n");
        section(out, ko ? "추가" : "Added", d.added(), catalog, lang, "+");
        section(out, ko ? "삭제" : "Removed", d.removed(), catalog, lang, "-");
        out.append('\n').append(ko ? "교체 (같은 분류)" : "Replaced (same category)").append(" (").append(d.replaced().size()).append(")\n");
        d.replaced().forEach(r -> out.append("  ").append(r.from()).append(" → ").append(r.to()).append("   ")
                .append(catalog.findCategory(r.category()).map(c -> c.name().in(lang)).orElse(r.category())).append('\n'));
        out.append('\n').append(ko ? "유지" : "Kept").append(" (").append(d.kept().size()).append(")\n  ")
                .append(String.join(", ", d.kept())).append('\n');
        out.append('\n').append(ko ? d.to() + " 에디션 본문의 표시" : "Marks in the " + d.to() + " text").append(" (").append(d.marks().size()).append(")\n");
        for (Mark m : d.marks()) {
            out.append("  ").append(symbol(m.mark())).append(' ').append(m.mark().id()).append(' ').append(m.id()).append(": ")
                    .append(m.reason() == null ? "" : m.reason().in(lang)).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> ids, Catalog catalog, Lang lang, String sign) {
        out.append('\n').append(title).append(" (").append(ids.size()).append(")\n");
        TextTable table = new TextTable("", "", "");
        for (String id : ids) {
            Component c = catalog.component(id);
            table.row("  " + sign + " " + id, c.name(lang), catalog.findCategory(c.category()).map(k -> k.name().in(lang)).orElse(c.category()));
        }
        String rendered = table.render();
        out.append(rendered.substring(rendered.indexOf('\n') + 1));
    }

    private static String symbol(Mark.Kind kind) {
        return switch (kind) {
            case DELETED -> "🗑";
            case CHANGED -> "🔁";
            case ADDED -> "🎉";
            case CAUTION -> "❗";
        };
    }
}
