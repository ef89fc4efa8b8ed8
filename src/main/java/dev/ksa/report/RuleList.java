package dev.ksa.report;

import dev.ksa.support.TextTable;
import dev.ksa.audit.RuleBook;
import dev.ksa.audit.RuleDefinition;
import dev.ksa.catalog.Lang;
import dev.ksa.support.Documents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ksa audit --rules}: every rule with its default severity, group, Pod Security Standards
 * level and the equivalent checks of Polaris, kube-score, Popeye and Pluto, so users migrating
 * from them find their checks. Table, JSON, YAML or Markdown.
 */
public final class RuleList {
    private RuleList() {}

    public static String render(RuleBook book, String format, Lang lang) {
        List<RuleDefinition> rules = book.all();
        return switch (format) {
            case "json" -> Documents.json(rules.stream().map(r -> document(r, lang)).toList());
            case "yaml" -> Documents.yaml(rules.stream().map(r -> document(r, lang)).toList());
            case "md" -> markdown(rules, lang);
            default -> table(rules, lang);
        };
    }

    private static Map<String, Object> document(RuleDefinition r, Lang lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("severity", r.severity().id());
        out.put("group", r.group());
        out.put("pss", r.pss());
        out.put("title", r.title().in(lang));
        out.put("help", r.help().in(lang));
        Map<String, Object> peers = new LinkedHashMap<>();
        peers.put("polaris", r.peers().polaris());
        peers.put("kube-score", r.peers().kubeScore());
        peers.put("popeye", r.peers().popeye());
        peers.put("pluto", r.peers().pluto());
        out.put("peers", peers);
        return out;
    }

    private static String table(List<RuleDefinition> rules, Lang lang) {
        Words w = new Words(lang);
        TextTable table = new TextTable("ID", w.of("심각도", "SEVERITY"), w.of("분류", "GROUP"), "PSS",
                w.of("다른 도구의 같은 검사", "PEERS"), w.of("제목", "TITLE"));
        for (RuleDefinition r : rules) {
            table.row(r.id(), r.severity().id(), r.group(), r.pss() == null ? "-" : r.pss(), r.peers().display(), r.title().in(lang));
        }
        return table.render();
    }

    private static String markdown(List<RuleDefinition> rules, Lang lang) {
        Words w = new Words(lang);
        StringBuilder out = new StringBuilder("| id | ").append(w.of("심각도", "severity")).append(" | ")
                .append(w.of("분류", "group")).append(" | PSS | Polaris | kube-score | Popeye | Pluto | ")
                .append(w.of("제목", "title")).append(" |\n|---|---|---|---|---|---|---|---|---|\n");
        for (RuleDefinition r : rules) {
            out.append("| `").append(r.id()).append("` | ").append(r.severity().id()).append(" | ").append(r.group()).append(" | ")
                    .append(r.pss() == null ? "-" : r.pss()).append(" | ").append(cell(r.peers().polaris())).append(" | ")
                    .append(cell(r.peers().kubeScore())).append(" | ").append(cell(r.peers().popeye())).append(" | ")
                    .append(cell(r.peers().pluto())).append(" | ").append(MarkdownReport.cell(r.title().in(lang))).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(id -> "`" + id + "`").toList());
    }
}
