package dev.ksa.report;

import dev.ksa.catalog.Lang;
import dev.ksa.support.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary a person reads first in a terminal: score, coverage per category, detected
 * components, the top findings and the reading's warnings.
 */
public final class TableReport {
    /** Findings shown; the rest are counted and left to {@code -o json} or {@code -o html}. */
    static final int TOP_FINDINGS = 20;

    private TableReport() {}

    public static String render(AuditView v, Lang lang) {
        Words w = new Words(lang);
        StringBuilder out = new StringBuilder();
        out.append(w.of("ksa 감사", "ksa audit")).append(" — ").append(w.of("에디션 ", "edition ")).append(v.edition())
                .append(" — ").append(v.source()).append(" (").append(v.objects()).append(w.of("개 오브젝트", " objects")).append(")\n");
        out.append(w.of("점수 ", "Score ")).append(v.score()).append("/100  (")
                .append(w.of("커버리지 ", "coverage ")).append(percent(v.scoreDetail().coverage())).append(", ")
                .append(w.of("위생 ", "hygiene ")).append(percent(v.scoreDetail().hygiene())).append(")")
                .append(v.scoreDetail().partial() ? w.of("  부분 점수: 읽지 못한 종류가 있음", "  PARTIAL: some kinds could not be read") : "")
                .append("\n");
        out.append(w.of("발견 사항: ", "Findings: ")).append(v.summary().get("error")).append(' ').append(w.severity("error"))
                .append(", ").append(v.summary().get("warning")).append(' ').append(w.severity("warning")).append(", ")
                .append(v.summary().get("info")).append(' ').append(w.severity("info")).append("\n\n");

        TextTable coverage = new TextTable(w.of("분류", "CATEGORY"), w.of("상태", "STATUS"), w.of("구성 요소", "COMPONENTS"),
                w.of("권장", "RECOMMENDED"));
        List<String> unused = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (AuditView.CoverageView c : v.coverage()) {
            if (c.optional() && c.status().equals("missing")) {
                unused.add(c.category());
            } else if (c.status().equals("not-observable")) {
                unseen.add(c.category());
            } else if (c.status().equals("unknown")) {
                unknown.add(c.category());
            } else {
                coverage.row(c.category(), w.status(c.status()), c.components().isEmpty() ? "-" : String.join(", ", c.components()),
                        String.join(", ", c.recommended()));
            }
        }
        out.append(w.of("커버리지", "COVERAGE")).append('\n').append(coverage.render());
        if (!unused.isEmpty()) {
            out.append(w.of("선택 분류 (쓰지 않음): ", "Optional, not in use: ")).append(String.join(", ", unused)).append('\n');
        }
        if (!unknown.isEmpty()) {
            out.append(w.of("알 수 없음 (읽지 못함): ", "Unknown (not readable): ")).append(String.join(", ", unknown)).append('\n');
        }
        if (!unseen.isEmpty()) {
            out.append(w.of("오브젝트로 확인할 수 없음: ", "Not observable from objects: ")).append(String.join(", ", unseen)).append('\n');
        }
        out.append('\n');

        TextTable detected = new TextTable("ID", w.of("버전", "VERSION"), w.of("카탈로그 버전", "PINNED"),
                w.of("네임스페이스", "NAMESPACE"), w.of("근거", "EVIDENCE"));
        for (AuditView.DetectedView d : v.detected()) {
            detected.row(d.id(), or(d.version()), or(d.pinnedVersion()), or(d.namespace()), d.evidenceCount());
        }
        out.append(w.of("탐지된 구성 요소", "DETECTED")).append('\n');
        out.append(detected.isEmpty() ? w.of("(없음)\n", "(none)\n") : detected.render()).append('\n');

        List<AuditView.FindingView> top = v.findings().subList(0, Math.min(TOP_FINDINGS, v.findings().size()));
        TextTable findings = new TextTable(w.of("심각도", "SEVERITY"), w.of("규칙", "RULE"), w.of("위치", "WHERE"),
                w.of("내용", "MESSAGE"));
        top.forEach(f -> findings.row(w.severity(f.severity()), f.rule(), or(f.location()), TextTable.cut(f.message(), 160)));
        out.append(w.of("주요 발견 사항", "TOP FINDINGS")).append('\n');
        out.append(findings.isEmpty() ? w.of("(없음)\n", "(none)\n") : findings.render());
        if (v.findings().size() > top.size()) {
            out.append(w.of("... 외 " + (v.findings().size() - top.size()) + "건 (전체: -o json, -o html)",
                    "... and " + (v.findings().size() - top.size()) + " more (all of them: -o json or -o html)")).append('\n');
        }
        if (v.exempted() > 0) {
            out.append(w.of("예외 처리된 발견 사항: " + v.exempted() + "건", "Exempted findings: " + v.exempted())).append('\n');
        }
        if (!v.warnings().isEmpty()) {
            out.append('\n').append(w.of("경고", "WARNINGS")).append('\n');
            v.warnings().forEach(x -> out.append("  ").append(x).append('\n'));
        }
        return out.toString();
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String or(Object value) {
        return value == null ? "-" : value.toString();
    }
}
