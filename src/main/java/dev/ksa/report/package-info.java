/**
 * Step three of the audit flow: an {@link dev.ksa.audit.AuditResult} as a report a person or a
 * tool reads: a terminal summary (table), JSON and YAML (the DESIGN.md shape), Markdown, one
 * self-contained HTML page (architecture map coloured by coverage, charts of findings; no external
 * requests) and SARIF 2.1.0 for code scanning. Every format is deterministic.
 */
package dev.ksa.report;
