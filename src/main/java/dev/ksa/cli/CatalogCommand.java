package dev.ksa.cli;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.EditionDiff;
import dev.ksa.catalog.Lang;
import dev.ksa.catalog.Mark;
import dev.ksa.support.Documents;
import dev.ksa.support.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksa catalog}: what the standard architecture recommends, edition by edition. */
@Command(name = "catalog", description = "Browse the standard architecture: components, editions and what changed.",
        mixinStandardHelpOptions = true,
        subcommands = {CatalogCommand.List.class, CatalogCommand.Show.class, CatalogCommand.Editions.class, CatalogCommand.Diff.class})
public final class CatalogCommand {

    @Command(name = "list", description = "List components, grouped by category.", mixinStandardHelpOptions = true)
    static final class List implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin CommonOptions common;
        @Option(names = "--edition", paramLabel = "E", description = "Only what this edition recommends (e.g. 2026).") String edition;
        @Option(names = "--category", paramLabel = "C", description = "Only this category (e.g. cni).") String category;

        @Override
        public Integer call() {
            Catalog catalog = Catalog.load();
            Edition e = edition == null ? null : catalog.edition(edition);
            if (category != null) {
                catalog.category(category);
            }
            Lang lang = common.lang();
            java.util.List<CatalogViews.ListEntry> entries = new ArrayList<>();
            java.util.List<Category> categories = catalog.categories().stream()
                    .filter(c -> category == null || c.id().equals(category)).toList();
            TextTable table = new TextTable("ID", lang == Lang.KO ? "이름" : "NAME", lang == Lang.KO ? "라이선스" : "LICENSE",
                    lang == Lang.KO ? "에디션" : "EDITIONS", lang == Lang.KO ? "표시" : "MARK");
            for (Category c : categories) {
                java.util.List<Component> members = e == null
                        ? catalog.inCategory(c.id())
                        : e.category(c.id()).map(ec -> ec.components().stream().map(catalog::component).toList())
                                .orElse(java.util.List.of());
                if (members.isEmpty()) {
                    continue;
                }
                table.heading(c.name().in(lang) + " (" + c.id() + ")");
                for (Component m : members) {
                    java.util.List<String> editions = catalog.editionsOf(m.id());
                    entries.add(new CatalogViews.ListEntry(m.id(), m.name(), m.nameKo(), m.category(), m.license(), editions));
                    String marks = e == null ? "" : e.marksOf(m.id()).stream().map(k -> k.mark().id()).collect(Collectors.joining(","));
                    String defaultNote = e == null ? "" : e.category(c.id())
                            .filter(ec -> ec.components().size() > 1 && ec.pick() == dev.ksa.catalog.EditionCategory.Pick.ONE)
                            .map(ec -> ec.defaultId().equals(m.id()) ? (lang == Lang.KO ? "기본" : "default") : (lang == Lang.KO ? "대안" : "alternative"))
                            .orElse("");
                    table.row("  " + m.id(), m.name(lang), m.license(), editions.isEmpty() ? "-" : String.join(" ", editions),
                            String.join(" ", java.util.List.of(marks, defaultNote).stream().filter(s -> !s.isEmpty()).toList()));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (common.output()) {
                case JSON -> out.print(Documents.json(entries));
                case YAML -> out.print(Documents.yaml(entries));
                case TABLE -> out.print(table.render());
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one component: what it is, why, how it installs, how ksa recognises it.",
            mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin CommonOptions common;
        @Parameters(paramLabel = "ID", description = "Component id (ksa catalog list).") String id;

        @Override
        public Integer call() {
            Catalog catalog = Catalog.load();
            Component c = catalog.component(id);
            PrintWriter out = spec.commandLine().getOut();
            switch (common.output()) {
                case JSON -> out.print(Documents.json(CatalogViews.detail(catalog, c)));
                case YAML -> out.print(Documents.yaml(CatalogViews.detail(catalog, c)));
                case TABLE -> out.print(CatalogViews.sheet(catalog, c, common.lang()));
            }
            return 0;
        }
    }

    @Command(name = "editions", description = "List the editions of the standard architecture.", mixinStandardHelpOptions = true)
    static final class Editions implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin CommonOptions common;

        @Override
        public Integer call() {
            Catalog catalog = Catalog.load();
            Lang lang = common.lang();
            java.util.List<CatalogViews.EditionEntry> entries = catalog.editions().stream()
                    .map(e -> new CatalogViews.EditionEntry(e.id(), e.title().in(lang), e.published(), e.reference(),
                            e.componentIds().size(), e.categories().size(), e.marks().size()))
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            switch (common.output()) {
                case JSON -> out.print(Documents.json(entries));
                case YAML -> out.print(Documents.yaml(entries));
                case TABLE -> {
                    TextTable table = new TextTable("EDITION", lang == Lang.KO ? "제목" : "TITLE", lang == Lang.KO ? "발표" : "PUBLISHED",
                            lang == Lang.KO ? "구성요소" : "COMPONENTS", lang == Lang.KO ? "표시" : "MARKS");
                    entries.forEach(e -> table.row(e.id(), e.title(), e.published(), e.components(), e.marks()));
                    out.print(table.render());
                }
            }
            return 0;
        }
    }

    @Command(name = "diff", description = "What changes between two editions (e.g. ksa catalog diff 2023 2026).",
            mixinStandardHelpOptions = true)
    static final class Diff implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "FROM") String from;
        @Parameters(index = "1", paramLabel = "TO") String to;

        @Override
        public Integer call() {
            Catalog catalog = Catalog.load();
            EditionDiff diff = EditionDiff.between(catalog, catalog.edition(from), catalog.edition(to));
            PrintWriter out = spec.commandLine().getOut();
            switch (common.output()) {
                case JSON -> out.print(Documents.json(CatalogViews.diff(diff)));
                case YAML -> out.print(Documents.yaml(CatalogViews.diff(diff)));
                case TABLE -> out.print(CatalogViews.diffTable(catalog, diff, common.lang()));
            }
            return 0;
        }
    }

    static String marks(java.util.List<Mark> marks) {
        return marks.stream().map(m -> m.mark().id()).collect(Collectors.joining(","));
    }
}
