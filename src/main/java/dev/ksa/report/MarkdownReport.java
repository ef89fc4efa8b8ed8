package dev.ksa.report;

import dev.ksa.audit.AuditResult;
import dev.ksa.audit.RuleDefinition;
import dev.ksa.catalog.Lang;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The audit as Markdown, for a pull request comment or a wiki page. */
public final class MarkdownReport {
    /** Findings listed; more are counted. */
    static final int MAX_FINDINGS = 500;

    private MarkdownReport() {}

    public static String render(AuditResult result, AuditView v, Lang lang) {
        Words w = new Words(lang);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(w.of("ksa 감사 보고서", "ksa audit report")).append("\n\n");
        out.append("- ").append(w.of("에디션", "Edition")).append(": ").append(v.edition()).append('\n');
        out.append("- ").append(w.of("대상", "Source")).append(": ").append(cell(v.source())).append(" (")
                .append(v.objects()).append(w.of("개 오브젝트", " objects")).append(")\n");
        if (v.kubernetesVersion() != null) {
            out.append("- Kubernetes: ").append(v.kubernetesVersion()).append('\n');
        }
        out.append("- ").append(w.of("날짜", "Date")).append(": ").append(v.date()).append('\n');
        out.append("- **").append(w.of("점수", "Score")).append(": ").append(v.score()).append("/100** (")
                .append(w.of("커버리지 ", "coverage ")).append(TableReport.percent(v.scoreDetail().coverage())).append(", ")
                .append(w.of("위생 ", "hygiene ")).append(TableReport.percent(v.scoreDetail().hygiene())).append(")")
                .append(v.scoreDetail().partial() ? w.of(" — **부분 점수**: 읽지 못한 종류가 있습니다 (경고 참고)",
                        " — **partial**: some kinds could not be read (see Warnings)") : "").append("\n");
        out.append("- ").append(w.of("발견 사항", "Findings")).append(": ").append(v.summary().get("error")).append(' ')
                .append(w.severity("error")).append(", ").append(v.summary().get("warning")).append(' ').append(w.severity("warning"))
                .append(", ").append(v.summary().get("info")).append(' ').append(w.severity("info")).append("\n\n");

        out.append("## ").append(w.of("커버리지", "Coverage")).append("\n\n");
        out.append("| ").append(w.of("분류", "Category")).append(" | ").append(w.of("상태", "Status")).append(" | ")
                .append(w.of("구성 요소", "Components")).append(" | ").append(w.of("권장", "Recommended")).append(" | ")
                .append(w.of("참고", "Note")).append(" |\n|---|---|---|---|---|\n");
        for (AuditView.CoverageView c : v.coverage()) {
            out.append("| ").append(cell(c.name())).append(" | ").append(w.status(c.status()))
                    .append(c.optional() ? w.of(" (선택)", " (optional)") : "").append(" | ")
                    .append(c.components().isEmpty() ? "-" : String.join(", ", c.components())).append(" | ")
                    .append(String.join(", ", c.recommended())).append(" | ").append(cell(c.hint() == null ? "" : c.hint())).append(" |\n");
        }
        out.append("\n## ").append(w.of("탐지된 구성 요소", "Detected components")).append("\n\n");
        if (v.detected().isEmpty()) {
            out.append(w.of("(없음)", "(none)")).append("\n");
        } else {
            out.append("| ID | ").append(w.of("버전", "Version")).append(" | ").append(w.of("카탈로그 버전", "Pinned")).append(" | ")
                    .append(w.of("네임스페이스", "Namespace")).append(" | ").append(w.of("근거", "Evidence")).append(" |\n|---|---|---|---|---|\n");
            for (AuditView.DetectedView d : v.detected()) {
                String first = d.evidence().isEmpty() ? "" : d.evidence().get(0).object() + " `" + d.evidence().get(0).field() + "`";
                out.append("| ").append(d.id()).append(" | ").append(dash(d.version())).append(" | ").append(dash(d.pinnedVersion()))
                        .append(" | ").append(dash(d.namespace())).append(" | ").append(cell(first))
                        .append(d.evidenceCount() > 1 ? w.of(" 외 " + (d.evidenceCount() - 1), " +" + (d.evidenceCount() - 1)) : "")
                        .append(" |\n");
            }
        }
        out.append("\n## ").append(w.of("발견 사항", "Findings")).append("\n\n");
        if (v.findings().isEmpty()) {
            out.append(w.of("(없음)", "(none)")).append("\n");
        } else {
            out.append("| ").append(w.of("심각도", "Severity")).append(" | ").append(w.of("규칙", "Rule")).append(" | ")
                    .append(w.of("위치", "Where")).append(" | ").append(w.of("내용", "Message")).append(" |\n|---|---|---|---|\n");
            v.findings().stream().limit(MAX_FINDINGS).forEach(f -> out.append("| ").append(w.severity(f.severity())).append(" | `")
                    .append(f.rule()).append("` | ").append(cell(dash(f.location()))).append(" | ").append(cell(f.message())).append(" |\n"));
            if (v.findings().size() > MAX_FINDINGS) {
                out.append('\n').append(w.of("... 외 " + (v.findings().size() - MAX_FINDINGS) + "건 (-o json)",
                        "... and " + (v.findings().size() - MAX_FINDINGS) + " more (-o json)")).append('\n');
            }
        }
        Set<String> fired = new LinkedHashSet<>();
        v.findings().forEach(f -> fired.add(f.rule()));
        List<RuleDefinition> explained = result.rules().stream().filter(r -> fired.contains(r.id())).toList();
        if (!explained.isEmpty()) {
            out.append("\n## ").append(w.of("규칙 설명", "Rules")).append("\n\n");
            for (RuleDefinition r : explained) {
                out.append("### `").append(r.id()).append("` — ").append(r.title().in(lang)).append("\n\n")
                        .append(r.help().in(lang)).append("\n\n");
            }
        }
        if (!v.warnings().isEmpty()) {
            out.append("\n## ").append(w.of("경고", "Warnings")).append("\n\n");
            v.warnings().forEach(x -> out.append("- ").append(cell(x)).append('\n'));
        }
        return out.toString();
    }

    /** Escapes what would break a Markdown table cell. */
    static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
