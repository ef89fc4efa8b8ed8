package dev.ksa.audit;

import dev.ksa.catalog.Text;

/** One rule as {@code audit/rules.yaml} describes it. */
public record RuleDefinition(String id, Severity severity, String group, String source, Text title, Text help, Text message) {}
