package dev.ksa.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The words of the HTML report around the data, in the report's language. */
final class HtmlWords {
    private HtmlWords() {}

    static Map<String, String> of(Words w, AuditView v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", w.of("ksa 감사", "ksa audit"));
        m.put("heading", w.of("ksa 감사 보고서", "ksa audit report"));
        m.put("edition", w.of("에디션", "Edition"));
        m.put("objects", w.of("개 오브젝트", "objects"));
        m.put("target", w.of("API 판정 기준", "APIs judged against"));
        m.put("coverage", w.of("커버리지", "coverage"));
        m.put("hygiene", w.of("위생", "hygiene"));
        m.put("error", w.severity("error"));
        m.put("warning", w.severity("warning"));
        m.put("info", w.severity("info"));
        m.put("exempted", w.of("예외 처리", "exempted"));
        m.put("partialTitle", w.of("부분 점수:", "Partial score:"));
        m.put("partialText", w.of("다음 종류를 읽지 못해 그에 달린 분류는 '알 수 없음'으로 표시했습니다:",
                "these kinds could not be read, so the categories that depend on them are shown as unknown:"));
        m.put("map", w.of("표준 아키텍처 지도", "Standard architecture map"));
        m.put("charts", w.of("발견 사항 차트", "Findings charts"));
        m.put("findings", w.of("발견 사항", "Findings"));
        m.put("show", w.of("보기:", "Show:"));
        m.put("groupBy", w.of("묶음:", "Group by:"));
        m.put("byRule", w.of("규칙", "rule"));
        m.put("byNamespace", w.of("네임스페이스", "namespace"));
        m.put("byWorkload", w.of("워크로드", "workload"));
        m.put("none", w.of("발견 사항이 없습니다.", "No findings."));
        m.put("fix", w.of("고치는 법:", "How to fix:"));
        m.put("severity", w.of("심각도", "Severity"));
        m.put("message", w.of("내용", "Message"));
        long more = Math.max(0, v.findings().size() - HtmlReport.MAX_FINDINGS);
        m.put("truncated", w.of("... 외 " + more + "건 (-o json)", "... and " + more + " more (-o json)"));
        m.put("coverageHeading", w.of("커버리지", "Coverage"));
        m.put("category", w.of("분류", "Category"));
        m.put("status", w.of("상태", "Status"));
        m.put("components", w.of("구성 요소", "Components"));
        m.put("recommended", w.of("권장", "Recommended"));
        m.put("note", w.of("참고", "Note"));
        m.put("detected", w.of("탐지된 구성 요소", "Detected components"));
        m.put("version", w.of("버전", "Version"));
        m.put("pinned", w.of("카탈로그 버전", "Pinned"));
        m.put("namespace", w.of("네임스페이스", "Namespace"));
        m.put("evidence", w.of("근거", "Evidence"));
        m.put("warningsHeading", w.of("경고", "Warnings"));
        return m;
    }
}
