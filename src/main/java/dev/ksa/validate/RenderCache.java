package dev.ksa.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders already made in this process, by what decides them: the chart, release, namespace,
 * Kubernetes version, the text of every value file and the --set values. Validating many platforms
 * in one run (the edition × environment matrix, generate then validate) renders each distinct chart
 * and values pair once; the two renders of the drift check are kept together, so a hit never turns
 * a changing chart into a stable one.
 */
final class RenderCache {
    /** Both renders of one request. */
    record Pair(ChartRendering.Result first, ChartRendering.Result second) {}

    private record Key(Path chart, String release, String namespace, String kubeVersion, String values, Map<String, String> sets) {}

    private static final int CAPACITY = 512;
    private static final Map<Key, Pair> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Pair> eldest) {
            return size() > CAPACITY;
        }
    };

    private RenderCache() {}

    static Pair render(Path originalChart, ChartRendering.Request request, Supplier<Pair> renders) throws IOException {
        StringBuilder values = new StringBuilder();
        for (Path file : request.valuesFiles()) {
            values.append(Files.readString(file)).append("\n---ksa---\n");
        }
        Key key = new Key(originalChart.toAbsolutePath().normalize(), request.release(), request.namespace(), request.kubeVersion(),
                values.toString(), Map.copyOf(request.sets()));
        synchronized (CACHE) {
            Pair hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Pair made = renders.get();
        if (made.first().failure() == null && !made.first().unavailable()) {
            synchronized (CACHE) {
                CACHE.put(key, made);
            }
        }
        return made;
    }
}
