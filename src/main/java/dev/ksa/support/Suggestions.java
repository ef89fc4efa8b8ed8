package dev.ksa.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for ids, editions and categories, by edit distance. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String wrong, Collection<String> valid) {
        if (wrong == null) {
            return Optional.empty();
        }
        String needle = wrong.toLowerCase(Locale.ROOT);
        return valid.stream()
                .min(Comparator.<String>comparingInt(v -> distance(needle, v.toLowerCase(Locale.ROOT))).thenComparing(v -> v))
                .filter(v -> distance(needle, v.toLowerCase(Locale.ROOT)) <= Math.max(2, needle.length() / 2)
                        || v.toLowerCase(Locale.ROOT).startsWith(needle) || needle.startsWith(v.toLowerCase(Locale.ROOT)));
    }

    /** " Did you mean 'x'?" or an empty string. */
    public static String didYouMean(String wrong, Collection<String> valid) {
        return closest(wrong, valid).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
