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
    private final List<Unreadable> unreadable = new ArrayList<>();
    private int droppedWarnings;

    /**
     * A kind the reading could not list (forbidden, not served, timed out): the audit cannot say
     * whether such objects exist, so what depends on them is reported unknown, not missing.
     * {@code resource} is how kubectl and RBAC name it ({@code deployments.apps}).
     */
    public record Unreadable(String kind, String resource, String reason) {}

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

    /** Records a kind that could not be read, and warns with {@code warning}. */
    public void unreadable(String kind, String resource, String reason, String warning) {
        unreadable.add(new Unreadable(kind, resource, reason));
        warn(warning);
    }

    public List<Unreadable> unreadable() {
        return List.copyOf(unreadable);
    }

    /** Keeps only the objects of {@code namespace} and those that name none (cluster-scoped, or applied to it). */
    public Inventory inNamespace(String namespace) {
        Inventory kept = new Inventory(source + " (namespace " + namespace + ")", context);
        objects.stream().filter(o -> o.namespace() == null || o.namespace().equals(namespace)).forEach(kept::add);
        kept.warnings.addAll(warnings);
        kept.unreadable.addAll(unreadable);
        kept.droppedWarnings = droppedWarnings;
        return kept;
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
