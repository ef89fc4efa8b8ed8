package dev.ksa.audit;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.ObjectRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recognises catalog components from their fingerprints. The version comes from the tag of the
 * component's own image (the first of its {@code versionFrom} images, by default its fingerprint
 * images, that is seen with a version tag), else from {@code app.kubernetes.io/version} of an object
 * that is the component itself, else from the node runtime; the chart version from
 * {@code helm.sh/chart}. A tag or label that holds no version ({@code dev}, {@code devel},
 * {@code latest}) leaves the version unknown rather than reporting a word as a version.
 * A component seen only through objects of its API groups (a ServiceMonitor another chart ships)
 * or only through {@code supporting} fingerprints (an exporter, a sidecar other charts use too)
 * is not reported: those only support stronger evidence.
 */
public final class Detector {
    /** Evidence entries kept per component in the result; {@link Detection#evidenceCount()} has the total. */
    public static final int MAX_EVIDENCE = 12;

    private final Catalog catalog;
    private final FingerprintIndex index;

    public Detector(Catalog catalog) {
        this.catalog = catalog;
        this.index = new FingerprintIndex(catalog.components());
    }

    public List<Detection> detect(List<KubeObject> objects) {
        Map<String, List<FingerprintIndex.Clue>> byComponent = new TreeMap<>();
        for (KubeObject o : objects) {
            index.match(o, clue -> byComponent.computeIfAbsent(clue.component(), k -> new ArrayList<>()).add(clue));
        }
        List<Detection> detections = new ArrayList<>();
        byComponent.forEach((id, clues) -> {
            if (clues.stream().anyMatch(c -> !c.supporting() && !c.evidence().type().equals("custom-resource"))) {
                detections.add(detection(id, clues));
            }
        });
        return detections;
    }

    private Detection detection(String id, List<FingerprintIndex.Clue> clues) {
        List<FingerprintIndex.Clue> ordered = new ArrayList<>(clues);
        // Supporting evidence last: it says least about which component this is.
        ordered.sort(Comparator.<FingerprintIndex.Clue, Boolean>comparing(FingerprintIndex.Clue::supporting)
                .thenComparingInt(c -> c.evidence().rank())
                .thenComparingInt(c -> Math.max(c.imagePosition(), c.chartPosition()))
                .thenComparingInt(c -> kindOrder(c.evidence().object().kind()))
                .thenComparing(c -> c.evidence().object()).thenComparing(c -> c.evidence().field())
                .thenComparing(c -> c.evidence().value()));
        List<Evidence> evidence = new ArrayList<>(new LinkedHashSet<>(ordered.stream().map(FingerprintIndex.Clue::evidence).toList()));
        Set<ObjectRef> objects = new LinkedHashSet<>();
        evidence.forEach(e -> objects.add(e.object()));
        Map<String, Integer> namespaces = new TreeMap<>();
        objects.stream().filter(r -> r.namespace() != null).forEach(r -> namespaces.merge(r.namespace(), 1, Integer::sum));
        String namespace = namespaces.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
        String category = catalog.find(id).map(Component::category).orElse(null);
        return new Detection(id, category, version(clues), chartVersion(clues), namespace, List.copyOf(namespaces.keySet()),
                evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size())), evidence.size(), objects);
    }

    /** Controllers stand for a component better than the Pods they run or a chart's test Pod. */
    private static int kindOrder(String kind) {
        int i = List.of("Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job").indexOf(kind);
        return i >= 0 ? i : kind.equals("Pod") ? 7 : 6;
    }

    static String version(List<FingerprintIndex.Clue> clues) {
        List<FingerprintIndex.Clue> versioned = clues.stream()
                .filter(c -> c.versionRank() >= 0 && !c.supporting() && Versions.isVersion(c.imageTag())).toList();
        int rank = versioned.stream().mapToInt(FingerprintIndex.Clue::versionRank).min().orElse(-1);
        String fromImage = mostCommon(versioned.stream().filter(c -> c.versionRank() == rank).map(c -> Versions.of(c.imageTag())).toList());
        if (fromImage != null) {
            return fromImage;
        }
        // One vote per object: a Deployment matched by three labels is still one object.
        Map<ObjectRef, String> labelled = new HashMap<>();
        clues.stream().filter(c -> c.appVersionLabel() != null && c.speaksForComponent())
                .forEach(c -> labelled.put(c.evidence().object(), c.appVersionLabel()));
        String fromLabel = mostCommon(labelled.values().stream().map(Versions::of).toList());
        if (fromLabel != null) {
            return fromLabel;
        }
        return mostCommon(clues.stream().map(c -> Versions.of(c.runtimeVersion())).toList());
    }

    static String chartVersion(List<FingerprintIndex.Clue> clues) {
        int lowest = clues.stream().filter(c -> c.chartPosition() >= 0).mapToInt(FingerprintIndex.Clue::chartPosition).min().orElse(-1);
        return lowest < 0 ? null : mostCommon(clues.stream().filter(c -> c.chartPosition() == lowest)
                .map(FingerprintIndex.Clue::chartVersion).toList());
    }

    /** The most frequent non-null value; ties go to the highest version, then the greatest string. */
    static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, (a, b) -> Versions.compare(a, b))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

}
