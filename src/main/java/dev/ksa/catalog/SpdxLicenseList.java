package dev.ksa.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ksa.support.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SPDX License List: every license and exception id, deprecated ones flagged. The data is SPDX's own
 * {@code licenses.json} and {@code exceptions.json} as shipped in {@code org.spdx:java-spdx-library} (a newer
 * list is a version bump in pom.xml); only those two files are read, with a streaming parser, because the
 * library's own API loads every license text and costs a third of a second on each start.
 * Ids match case-insensitively, as the SPDX specification says; {@link #normalize} gives the id to use.
 */
public final class SpdxLicenseList {
    /** Where java-spdx-library keeps the published list; SpdxLicenseListTest fails if a new release moves it. */
    static final String LICENSES = "resources/stdlicenses/licenses.json";
    static final String EXCEPTIONS = "resources/stdlicenses/exceptions.json";

    private static final class Holder {
        static final SpdxLicenseList LIST = load();
    }

    /** A listed id in its canonical spelling, its full name, and whether SPDX has deprecated it. */
    public record Entry(String id, String name, boolean deprecated) {}

    /** What normalizing changed. */
    public enum Change {
        /** Written as the list writes it. */
        NONE,
        /** Another spelling (case, or {@code X-only+} for {@code X-or-later}). */
        SPELLING,
        /** A deprecated id, read as its current equivalent. */
        DEPRECATED,
        /** A deprecated id without a direct successor, read as written. */
        DEPRECATED_KEPT
    }

    /** How an id as written maps to the id ksa uses. */
    public record Normalized(String written, String id, Change change) {
        public boolean changed() {
            return change != Change.NONE;
        }
    }

    private final String version;
    private final Map<String, Entry> licenses;
    private final Map<String, Entry> exceptions;

    SpdxLicenseList(String version, Map<String, Entry> licenses, Map<String, Entry> exceptions) {
        this.version = version;
        this.licenses = licenses;
        this.exceptions = exceptions;
    }

    public static SpdxLicenseList get() {
        return Holder.LIST;
    }

    /** The list's version ("3.28.0"). */
    public String version() {
        return version;
    }

    /** Every listed license, keyed by its id in lower case. */
    public Map<String, Entry> licenses() {
        return Collections.unmodifiableMap(licenses);
    }

    public Map<String, Entry> exceptions() {
        return Collections.unmodifiableMap(exceptions);
    }

    public Optional<Entry> license(String id) {
        return Optional.ofNullable(licenses.get(id.toLowerCase(Locale.ROOT)));
    }

    public Optional<Entry> exception(String id) {
        return Optional.ofNullable(exceptions.get(id.toLowerCase(Locale.ROOT)));
    }

    /**
     * The id to use for a license id as written, or empty when it is neither listed nor a {@code LicenseRef-}.
     * A deprecated id becomes its current equivalent where the list has one: {@code AGPL-3.0} (which always
     * meant "version 3.0 only") is {@code AGPL-3.0-only}, {@code GPL-2.0+} is {@code GPL-2.0-or-later}; a
     * deprecated id without one (such as {@code Nunit}) stays as it is, still flagged. {@code X+} of a current
     * id keeps SPDX's "or later" operator.
     */
    public Optional<Normalized> normalize(String written) {
        String text = written == null ? "" : written.strip();
        if (text.matches("LicenseRef-[A-Za-z0-9.\\-]+")) {
            return Optional.of(new Normalized(written, text, text.equals(written) ? Change.NONE : Change.SPELLING));
        }
        Optional<Entry> listed = license(text);
        if (listed.isPresent()) {
            return Optional.of(current(written, listed.get()));
        }
        if (text.endsWith("+")) {
            return license(text.substring(0, text.length() - 1)).map(base -> {
                Normalized n = current(written, base);
                String id = n.id().endsWith("-only") || n.id().endsWith("-or-later") ? orLater(n.id()) : n.id() + "+";
                return new Normalized(written, id, id.equals(written) ? Change.NONE : n.change() == Change.NONE ? Change.SPELLING : n.change());
            });
        }
        return Optional.empty();
    }

    private Normalized current(String written, Entry entry) {
        if (entry.deprecated()) {
            String bare = entry.id().endsWith("+") ? entry.id().substring(0, entry.id().length() - 1) : entry.id();
            String successor = entry.id().endsWith("+") ? bare + "-or-later" : bare + "-only";
            Optional<Entry> current = license(successor).filter(e -> !e.deprecated());
            return current.map(e -> new Normalized(written, e.id(), Change.DEPRECATED))
                    .orElseGet(() -> new Normalized(written, entry.id(), Change.DEPRECATED_KEPT));
        }
        return new Normalized(written, entry.id(), entry.id().equals(written) ? Change.NONE : Change.SPELLING);
    }

    private String orLater(String id) {
        String base = id.replaceFirst("-(only|or-later)$", "");
        return license(base + "-or-later").map(Entry::id).orElse(id);
    }

    /**
     * The closest listed id to a wrong one, already normalized, if any is close: a license's full name
     * ("MIT License" is MIT), else the shortest id it begins ("AGPL" suggests AGPL-3.0-only, the latest
     * version), else the nearest by edit distance ("Apache2" is Apache-2.0).
     */
    public Optional<String> suggest(String wrong) {
        String needle = wrong == null ? "" : wrong.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = licenses.values().stream().map(Entry::id).toList();
        Optional<String> named = licenses.values().stream().filter(e -> e.name() != null && e.name().equalsIgnoreCase(needle))
                .min(Comparator.comparing(Entry::deprecated)).map(Entry::id);
        Optional<String> prefixed = ids.stream().filter(id -> id.toLowerCase(Locale.ROOT).startsWith(needle))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        return named.or(() -> prefixed).or(() -> Suggestions.closest(needle, ids)).flatMap(this::normalize).map(Normalized::id);
    }

    /** Ids in a set, for tests and messages. */
    public Set<String> licenseIds() {
        return licenses.values().stream().map(Entry::id).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    static SpdxLicenseList load() {
        Map<String, Entry> licenses = new LinkedHashMap<>();
        Map<String, Entry> exceptions = new LinkedHashMap<>();
        String version = read(LICENSES, "licenseId", licenses);
        read(EXCEPTIONS, "licenseExceptionId", exceptions);
        return new SpdxLicenseList(version, licenses, exceptions);
    }

    /** Streams one list file into {@code into}; returns its licenseListVersion. */
    private static String read(String resource, String idField, Map<String, Entry> into) {
        InputStream in = SpdxLicenseList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path (org.spdx:java-spdx-library); rebuild ksa");
        }
        String version = null;
        try (in; JsonParser parser = new JsonFactory().createParser(in)) {
            String id = null;
            String name = null;
            boolean deprecated = false;
            int depth = 0;
            while (parser.nextToken() != null) {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.END_OBJECT) {
                    if (depth == 3 && id != null) {
                        into.put(id.toLowerCase(Locale.ROOT), new Entry(id, name, deprecated));
                    }
                    id = null;
                    name = null;
                    deprecated = false;
                    depth--;
                } else if (token == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        if (depth == 3) {
                            parser.skipChildren();
                        } else {
                            depth++;
                        }
                    } else if (depth == 1 && field.equals("licenseListVersion")) {
                        version = parser.getText();
                    } else if (depth == 3 && field.equals(idField)) {
                        id = parser.getText();
                    } else if (depth == 3 && field.equals("name")) {
                        name = parser.getText();
                    } else if (depth == 3 && field.equals("isDeprecatedLicenseId")) {
                        deprecated = parser.getBooleanValue();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return version;
    }
}
