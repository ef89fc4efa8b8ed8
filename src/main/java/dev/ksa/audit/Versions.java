package dev.ksa.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as images and labels carry them: {@code v1.15.1}, {@code 2.568.2-jdk21},
 * {@code v3.14.0-distroless}, {@code v0.21.0-rc4}. The version is the numeric part and a
 * pre-release marker; build variants ({@code -alpine}, {@code -jdk21}) are not part of it.
 */
public final class Versions {
    private static final Pattern VERSION = Pattern.compile(
            "^(v?\\d+(?:\\.\\d+){1,3})(-(?:rc|alpha|beta|pre)[.\\-]?\\d*)?(?![.\\d])");

    private Versions() {}

    /** The version in a tag or label value, or null when it holds none ({@code latest}, {@code dev}). */
    public static String of(String tagOrLabel) {
        if (tagOrLabel == null) {
            return null;
        }
        Matcher m = VERSION.matcher(tagOrLabel.trim());
        if (!m.find()) {
            return null;
        }
        return m.group(1) + (m.group(2) == null ? "" : m.group(2));
    }

    public static boolean isVersion(String value) {
        return of(value) != null;
    }

    /**
     * Orders two versions by their numbers ({@code v} prefix ignored); a pre-release comes before
     * its release. Values that are not versions compare as equal (nothing can be said).
     */
    public static int compare(String a, String b) {
        String va = of(a);
        String vb = of(b);
        if (va == null || vb == null) {
            return 0;
        }
        String[] na = numbers(va);
        String[] nb = numbers(vb);
        for (int i = 0; i < Math.max(na.length, nb.length); i++) {
            long x = i < na.length ? Long.parseLong(na[i]) : 0;
            long y = i < nb.length ? Long.parseLong(nb[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        boolean preA = va.contains("-");
        boolean preB = vb.contains("-");
        if (preA != preB) {
            return preA ? -1 : 1;
        }
        return suffix(va).compareTo(suffix(vb));
    }

    private static String suffix(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? "" : version.substring(dash + 1);
    }

    private static String[] numbers(String version) {
        String core = version.replaceFirst("^v", "");
        int dash = core.indexOf('-');
        return (dash < 0 ? core : core.substring(0, dash)).split("\\.");
    }
}
