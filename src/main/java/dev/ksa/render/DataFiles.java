package dev.ksa.render;

import dev.ksa.support.ClasspathFolder;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text resources under {@code render/} (policies, alert rules, dashboards), read from the classpath
 * whether it is a directory or the jar, and {@code ${name}} placeholders filled from a fixed map.
 * Listing a folder instead of keeping an index of it means a new data file needs no code.
 */
final class DataFiles {
    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9._-]*)}");

    private DataFiles() {}

    /** A resource's text, if it exists. */
    static Optional<String> read(String resource) {
        return ClasspathFolder.read(resource);
    }

    /** Files directly in a resource folder whose names end with {@code suffix}: name to text, sorted by name. */
    static SortedMap<String, String> list(String folder, String suffix) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String resource : ClasspathFolder.names(folder, suffix)) {
            out.put(resource.substring(resource.lastIndexOf('/') + 1), read(resource).orElseThrow());
        }
        return out;
    }

    /** {@code text} with every {@code ${name}} replaced; an unknown name is a bug in the data file. */
    static String fill(String text, Map<String, String> values, String source) {
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(source + ": unknown placeholder ${" + m.group(1) + "} (known: " + new TreeMap<>(values).keySet() + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
