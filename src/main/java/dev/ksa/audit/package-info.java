/**
 * Step two of the audit flow: from an {@link dev.ksa.inventory.Inventory} to an
 * {@link dev.ksa.audit.AuditResult}. Detects catalog components from their fingerprints, measures
 * coverage against an edition, checks lifecycle (end of life, deprecated APIs, versions behind the
 * pin) and runs the rules of {@code audit/rules.yaml}. Knowledge stays data: no component id
 * appears in this code.
 */
package dev.ksa.audit;
