package dev.ksa.audit;

import java.util.regex.Matcher;
import org.apache.maven.artifact.versioning.ComparableVersion;
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
     * Orders two versions as Maven's {@link ComparableVersion} does ({@code v} prefix ignored;
     * {@code 1.25} = {@code 1.25.0}; a pre-release such as {@code -rc4} or {@code -alpha.1} comes
     * before its release). Values that are not versions compare as equal (nothing can be said).
     */
    public static int compare(String a, String b) {
        String va = of(a);
        String vb = of(b);
        if (va == null || vb == null) {
            return 0;
        }
        return Integer.signum(new ComparableVersion(va.replaceFirst("^v", "")).compareTo(new ComparableVersion(vb.replaceFirst("^v", ""))));
    }

    /** {@code 1.25} as {@code v1.25.0}: the form Kubernetes releases are named in. */
    public static String kubernetes(String version) {
        String v = of(version);
        if (v == null) {
            return null;
        }
        String core = v.replaceFirst("^v", "");
        int dots = core.replaceAll("[^.]", "").length();
        return "v" + core + (dots == 1 && !core.contains("-") ? ".0" : "");
    }
}
