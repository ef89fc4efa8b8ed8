package dev.ksa.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads {@code render/components/<id>.yaml}; a component without one gets its chart's defaults. Strict: unknown keys fail. */
public final class RenderDataLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<String, RenderData> CACHE = new ConcurrentHashMap<>();

    private RenderDataLoader() {}

    public static RenderData of(String id) {
        return CACHE.computeIfAbsent(id, i -> load("render/components/", i));
    }

    /** What ksa writes for an environment itself ({@code render/environments/<id>.yaml}: manifests only, e.g. a cloud's StorageClass). */
    public static RenderData environment(String id) {
        return CACHE.computeIfAbsent("environment:" + id, i -> load("render/environments/", id));
    }

    private static RenderData load(String folder, String id) {
        String resource = folder + id + ".yaml";
        try (InputStream in = RenderDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return RenderData.empty(id);
            }
            RenderData data = YAML.readValue(in, RenderData.class);
            if (!id.equals(data.id())) {
                throw new IllegalStateException(resource + " says id '" + data.id() + "'");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
