package dev.ksa.audit;

import dev.ksa.inventory.ObjectRef;
import java.util.List;
import java.util.Set;

/**
 * A catalog component found running: its version (from the image tag, else
 * {@code app.kubernetes.io/version}), the Helm chart version when a {@code helm.sh/chart} label
 * says it, the namespace most of its objects are in, and its evidence (the strongest first; at
 * most {@link Detector#MAX_EVIDENCE}, {@code evidenceCount} says how many there were).
 */
public record Detection(String id, String category, String version, String chartVersion, String namespace,
        List<String> namespaces, List<Evidence> evidence, int evidenceCount, Set<ObjectRef> objects) {

    public Detection {
        namespaces = List.copyOf(namespaces);
        evidence = List.copyOf(evidence);
        objects = Set.copyOf(objects);
    }

    /** The object that stands for the component in findings: its strongest evidence. */
    public Evidence primary() {
        return evidence.isEmpty() ? null : evidence.get(0);
    }
}
