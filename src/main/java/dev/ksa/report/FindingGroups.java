package dev.ksa.report;

import dev.ksa.audit.RuleDefinition;
import dev.ksa.catalog.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The findings of the HTML report in three groupings a reader switches between: by rule (what to
 * fix, with the rule's remediation, most severe rules first), by namespace (who owns it) and by
 * workload (one object at a time). Groups keep the findings' report order.
 */
final class FindingGroups {
    private FindingGroups() {}

    /** One finding as a row: its severity, the object or rule it is about, where, and the message. */
    record Row(String severity, String severityLabel, String what, String location, String message, String ruleTitle,
            String remediation) {}

    /** One group: its title, an optional code-styled subtitle, counts per severity, the remediation (by-rule only). */
    record Group(String title, String subtitle, long errors, long warnings, long infos, String remediation, List<Row> findings) {}

    /** One grouping: its id (rule, namespace, workload), the header of its second column, and its groups. */
    record View(String id, String whatHeader, List<Group> groups) {}

    static List<View> views(AuditView v, Map<String, RuleDefinition> rules, Words w, Lang lang, int max) {
        List<AuditView.FindingView> findings = v.findings().subList(0, Math.min(max, v.findings().size()));
        return List.of(
                new View("rule", w.of("오브젝트", "Object"), group(findings, AuditView.FindingView::rule, rules, w, lang, true)),
                new View("namespace", w.of("오브젝트", "Object"),
                        group(findings, f -> f.objectRef().namespace() == null ? "" : f.objectRef().namespace(), rules, w, lang, false)),
                new View("workload", w.of("규칙", "Rule"), group(findings, AuditView.FindingView::object, rules, w, lang, false)));
    }

    private static List<Group> group(List<AuditView.FindingView> findings, Function<AuditView.FindingView, String> key,
            Map<String, RuleDefinition> rules, Words w, Lang lang, boolean byRule) {
        Map<String, List<AuditView.FindingView>> groups = byRule ? new LinkedHashMap<>() : new TreeMap<>();
        findings.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<AuditView.FindingView>> e : groups.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (AuditView.FindingView f : e.getValue()) {
                RuleDefinition rule = rules.get(f.rule());
                String what = byRule ? f.object() : key.apply(f).equals(f.object()) ? f.rule() : f.object();
                rows.add(new Row(f.severity(), w.severity(f.severity()), what, HtmlReport.dash(f.location()), f.message(),
                        rule == null ? f.rule() : rule.title().in(lang), rule == null ? "" : rule.help().in(lang)));
            }
            String title;
            String subtitle = null;
            String remediation = null;
            if (byRule) {
                RuleDefinition rule = rules.get(e.getKey());
                title = rule == null ? e.getKey() : rule.title().in(lang);
                subtitle = e.getKey();
                remediation = rule == null ? null : rule.help().in(lang);
            } else {
                title = e.getKey().isEmpty() ? w.of("(클러스터 범위 또는 네임스페이스 없음)", "(cluster-scoped or no namespace)") : e.getKey();
            }
            out.add(new Group(title, subtitle, count(e.getValue(), "error"), count(e.getValue(), "warning"), count(e.getValue(), "info"),
                    remediation, rows));
        }
        return out;
    }

    private static long count(List<AuditView.FindingView> findings, String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
