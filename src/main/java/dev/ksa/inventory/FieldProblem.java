package dev.ksa.inventory;

/**
 * What is wrong with one field of an object: {@code path} (as kubectl explain names it, list items
 * by name or index), what it should be ({@code expected}: an object, a list, a non-empty string,
 * an integer, true or false) and what was found ({@code found}, quoted; null when the field is missing).
 */
public record FieldProblem(String path, String expected, String found) {

    public boolean missing() {
        return found == null;
    }

    /** {@code spec.scaleTargetRef is missing}, {@code spec.replicas must be an integer, not 'three'}. */
    @Override
    public String toString() {
        return missing() ? path + " is missing" : path + " must be " + expected + ", not " + found;
    }
}
