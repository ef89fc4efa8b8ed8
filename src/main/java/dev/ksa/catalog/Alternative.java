package dev.ksa.catalog;

/** Another catalog component that can take this one's place, and when to prefer it. */
public record Alternative(String id, Text when) {}
