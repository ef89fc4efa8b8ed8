package dev.ksa.inventory;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal strings (label keys and values, kinds, images) between objects so a large
 * inventory holds each distinct string once. Bounded: past its limit it stops remembering.
 */
final class Interner {
    private static final int LIMIT = 500_000;
    private final Map<String, String> strings = new HashMap<>();

    String intern(String s) {
        if (s == null) {
            return null;
        }
        String known = strings.get(s);
        if (known != null) {
            return known;
        }
        if (strings.size() < LIMIT) {
            strings.put(s, s);
        }
        return s;
    }
}
