package dev.ksa.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Data files shipped as resources, listed by folder whether the classpath is a directory (tests) or
 * the jar (the launcher), so a new data file needs no index and no code.
 */
public final class ClasspathFolder {
    private ClasspathFolder() {}

    /** Resource names ({@code catalog/components/argo-cd.yaml}) directly in {@code folder} ending with {@code suffix}, sorted. */
    public static List<String> names(String folder, String suffix) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        URL url = ClasspathFolder.class.getClassLoader().getResource(prefix);
        List<String> names = new ArrayList<>();
        if (url == null) {
            return names;
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix) && name.endsWith(suffix) && name.indexOf('/', prefix.length()) < 0) {
                            names.add(name);
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(suffix)).forEach(n -> names.add(prefix + n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        names.sort(null);
        return names;
    }

    /** A resource's text, if it exists. */
    public static Optional<String> read(String resource) {
        try (InputStream in = ClasspathFolder.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
