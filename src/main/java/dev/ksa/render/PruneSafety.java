package dev.ksa.render;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the objects ksa writes whose deletion deletes data ({@code render/prune-safety.yaml}) so that
 * Argo CD neither prunes them when they leave git nor deletes them with their Application. Options the
 * object already carries (e.g. {@code SkipDryRunOnMissingResource=true}) are kept.
 */
final class PruneSafety {
    static final String ANNOTATION = "argocd.argoproj.io/sync-options";
    private static final Data DATA = load();

    record Data(String syncOptions, List<String> kinds) {}

    private PruneSafety() {}

    /** The documents, with every object of a listed kind marked (in place). */
    static List<Object> mark(List<Object> documents) {
        for (Object document : documents) {
            if (document instanceof Map<?, ?> object && holdsData(object)) {
                annotate(object);
            }
        }
        return documents;
    }

    static boolean holdsData(Map<?, ?> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String kind = String.valueOf(object.get("kind"));
        return DATA.kinds().contains(group.isEmpty() ? kind : kind + "." + group);
    }

    @SuppressWarnings("unchecked")
    private static void annotate(Map<?, ?> object) {
        Map<String, Object> annotations = K8s.child(K8s.child((Map<String, Object>) object, "metadata"), "annotations");
        Set<String> options = new LinkedHashSet<>();
        Object existing = annotations.get(ANNOTATION);
        if (existing != null) {
            options.addAll(List.of(existing.toString().split(",")));
        }
        options.addAll(List.of(DATA.syncOptions().split(",")));
        annotations.put(ANNOTATION, String.join(",", options));
    }

    private static Data load() {
        String resource = "render/prune-safety.yaml";
        try {
            return new YAMLMapper().readValue(DataFiles.read(resource).orElseThrow(() -> new IllegalStateException(resource + " is missing")), Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
