package dev.ksa.audit;

import dev.ksa.catalog.Text;
import dev.ksa.inventory.Location;
import dev.ksa.inventory.ObjectRef;

/**
 * One result of a rule: which rule, how severe (after the user's overrides), about which object,
 * where that object came from, and the message in both languages. {@code component} is set for
 * lifecycle findings about a detected catalog component.
 */
public record Finding(String rule, Severity severity, ObjectRef object, Location location, Text message, String component) {}
