package dev.ksa.report;

import java.util.List;
import java.util.Map;

/**
 * The audit as JSON and YAML print it (DESIGN.md section 6: {@code edition, source, detected,
 * coverage, findings, score}); fields may be added, never renamed. Texts are in the chosen language.
 */
public record AuditView(
        String edition, String source, String context, String date, String kubernetesVersion, int objects,
        Map<String, Integer> kinds, List<DetectedView> detected, List<CoverageView> coverage,
        List<FindingView> findings, Map<String, Long> summary, int score, ScoreView scoreDetail,
        List<String> warnings, List<String> disabledRules, String targetKubernetesVersion,
        List<UnreadableView> unreadable, int exempted) {

    /** A kind the audit could not read, and why ({@code forbidden}, {@code not served}, {@code timeout}). */
    public record UnreadableView(String kind, String resource, String reason) {}

    /** A detected component. */
    public record DetectedView(String id, String name, String category, String version, String chartVersion,
            String pinnedVersion, String namespace, List<String> namespaces, int evidenceCount, List<EvidenceView> evidence) {}

    /** Why a component was recognised. */
    public record EvidenceView(String type, String object, String field, String value, String location) {}

    /** One category's coverage. */
    public record CoverageView(String category, String name, String status, List<String> components,
            List<String> recommended, boolean optional, String source, List<String> successors, String hint,
            List<String> incomplete) {}

    /** One finding. */
    public record FindingView(String rule, String severity, String object, String message, String location,
            String component, ObjectView objectRef) {}

    /** The object of a finding, field by field. */
    public record ObjectView(String apiVersion, String kind, String namespace, String name) {}

    /** How the score was made. */
    public record ScoreView(double coverage, double hygiene, int scoredCategories, int checkedObjects, boolean partial) {}
}
