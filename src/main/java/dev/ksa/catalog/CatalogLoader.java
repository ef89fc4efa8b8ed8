package dev.ksa.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.support.ClasspathFolder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
        return ClasspathFolder.names(ROOT + folder, ".yaml");
    }

    /** A JSON mapper for tests and tools that want the same strictness. */
    public static ObjectMapper strictJson() {
        return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }
}
