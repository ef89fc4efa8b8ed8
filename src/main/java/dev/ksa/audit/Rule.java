package dev.ksa.audit;

import java.util.List;

/**
 * A check: reads the {@link AuditContext} and reports through {@link Findings}. Severity, titles
 * and messages live in {@code audit/rules.yaml} under the same ids.
 */
public interface Rule {
    /** The rule ids this check reports (one, or a family such as the two probe rules). */
    List<String> ids();

    void check(AuditContext context, Findings findings);
}
