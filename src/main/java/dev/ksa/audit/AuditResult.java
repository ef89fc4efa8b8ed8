package dev.ksa.audit;

import dev.ksa.inventory.Inventory;
import java.util.List;
import java.util.Map;

/**
 * Everything an audit found, ready for any report: the edition measured against, what was read
 * (source, kubeconfig context, object counts, the cluster's Kubernetes version when Nodes tell it,
 * the target version APIs were judged against when one was given), the detected components, the
 * coverage of each category, the findings (sorted), the score, the warnings of the reading, the
 * kinds that could not be read, how many findings exemptions removed, and the rules that ran
 * (with the user's severities).
 */
public record AuditResult(
        String edition, String source, String context, String date, String kubernetesVersion, String targetKubernetesVersion,
        int objects, Map<String, Integer> kinds,
        List<Detection> detected, List<CoverageEntry> coverage, List<Finding> findings, Score score,
        List<String> warnings, List<Inventory.Unreadable> unreadable, int exempted,
        List<RuleDefinition> rules, List<String> disabledRules) {

    public boolean live() {
        return context != null;
    }

    /** Findings at or above a severity. */
    public long count(Severity atLeast) {
        return findings.stream().filter(f -> f.severity().atLeast(atLeast)).count();
    }
}
