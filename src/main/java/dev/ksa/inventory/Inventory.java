package dev.ksa.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objects read from one source (files or a cluster), in reading order, with the warnings
 * the reading gave (documents skipped, permissions missing). {@code source} says what was read:
 * the files as given, or {@code cluster <context>}.
 */
public final class Inventory {
    static final int MAX_WARNINGS = 50;

    private final String source;
    private final String context;
    private final List<KubeObject> objects = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int droppedWarnings;

    public Inventory(String source, String context) {
        this.source = source;
        this.context = context;
    }

    public static Inventory of(String source, List<KubeObject> objects) {
        Inventory inventory = new Inventory(source, null);
        objects.forEach(inventory::add);
        return inventory;
    }

    public void add(KubeObject object) {
        objects.add(object);
    }

    public void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            droppedWarnings++;
        }
    }

    public String source() {
        return source;
    }

    /** The kubeconfig context of a live read; null for files. */
    public String context() {
        return context;
    }

    public boolean live() {
        return context != null;
    }

    public List<KubeObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    public List<String> warnings() {
        if (droppedWarnings == 0) {
            return List.copyOf(warnings);
        }
        List<String> all = new ArrayList<>(warnings);
        all.add("... and " + droppedWarnings + " more warnings like these");
        return all;
    }

    /** Objects per kind, sorted by kind. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        objects.forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
        return counts;
    }
}
