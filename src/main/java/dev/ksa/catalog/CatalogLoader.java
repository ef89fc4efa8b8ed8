package dev.ksa.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the catalog resources: {@code catalog/components/*.yaml}, {@code catalog/editions/*.yaml},
 * {@code catalog/sets/*.yaml} and {@code catalog/categories.yaml} and {@code catalog/environments.yaml}. Unknown keys are errors, so a
 * typo in the data fails the build instead of silently dropping a fact.
 */
public final class CatalogLoader {
    private static final String ROOT = "catalog/";
    private static volatile Catalog cached;

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The catalog shipped with ksa; loaded once per process. */
    public static Catalog fromClasspath() {
        Catalog c = cached;
        if (c == null) {
            synchronized (CatalogLoader.class) {
                if (cached == null) {
                    cached = new CatalogLoader().load();
                }
                c = cached;
            }
        }
        return c;
    }

    Catalog load() {
        List<Component> components = new ArrayList<>();
        for (String file : list("components")) {
            components.add(read(file, new TypeReference<Component>() {}));
        }
        List<Edition> editions = new ArrayList<>();
        for (String file : list("editions")) {
            editions.add(read(file, new TypeReference<Edition>() {}));
        }
        List<ComponentSet> sets = new ArrayList<>();
        for (String file : list("sets")) {
            sets.add(read(file, new TypeReference<ComponentSet>() {}));
        }
        List<Category> categories = read(ROOT + "categories.yaml", new TypeReference<List<Category>>() {});
        List<Environment> environments = read(ROOT + "environments.yaml", new TypeReference<List<Environment>>() {});
        return new Catalog(components, categories, editions, sets, environments);
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + resource);
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("catalog resource " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    /** Resource names of the YAML files in one catalog folder, sorted, from a directory or from the jar. */
    static List<String> list(String folder) {
        String prefix = ROOT + folder + "/";
        URL url = CatalogLoader.class.getClassLoader().getResource(prefix);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix) && name.endsWith(".yaml") && name.indexOf('/', prefix.length()) < 0) {
                            names.add(name);
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> names.add(prefix + n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        names.sort(null);
        return names;
    }

    /** A JSON mapper for tests and tools that want the same strictness. */
    public static ObjectMapper strictJson() {
        return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }
}
