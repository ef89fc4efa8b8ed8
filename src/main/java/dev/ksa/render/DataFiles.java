package dev.ksa.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Files directly in a resource folder whose names end with {@code suffix}: name to text, sorted by name. */
    static SortedMap<String, String> list(String folder, String suffix) {
        SortedMap<String, String> out = new TreeMap<>();
        URL url = DataFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return out;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                collect(fs.getPath(folder), suffix, out);
            } else {
                collect(Path.of(uri), suffix, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        return out;
    }

    private static void collect(Path dir, String suffix, SortedMap<String, String> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(suffix)) {
                    out.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
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
