package dev.ksa.inventory;

import java.util.List;
import java.util.Map;

/**
 * One object of the inventory, reduced to what detection and the rules read: identity, labels,
 * a few well-known annotations, owners, the images it names, kind-specific {@link Details}, the
 * apiVersion it was last applied with (from {@code kubectl.kubernetes.io/last-applied-configuration},
 * which tells a live cluster's deprecated APIs) and where it came from.
 */
public record KubeObject(
        ObjectRef ref, Map<String, String> labels, Map<String, String> annotations, List<Owner> owners,
        List<ImageUse> images, Details details, String appliedApiVersion, Location location) {

    /** The annotations the inventory keeps; every other annotation is dropped. */
    public static final List<String> KEPT_ANNOTATIONS = List.of(
            "helm.sh/hook",
            "kubernetes.io/config.mirror",
            "storageclass.kubernetes.io/is-default-class",
            "storageclass.beta.kubernetes.io/is-default-class");

    public KubeObject {
        labels = labels == null ? Map.of() : labels;
        annotations = annotations == null ? Map.of() : annotations;
        owners = owners == null ? List.of() : List.copyOf(owners);
        images = images == null ? List.of() : List.copyOf(images);
        details = details == null ? Details.None.INSTANCE : details;
    }

    public String kind() {
        return ref.kind();
    }

    public String name() {
        return ref.name();
    }

    public String namespace() {
        return ref.namespace();
    }

    public String apiVersion() {
        return ref.apiVersion();
    }

    /** The controlling owner, when there is one. */
    public Owner controller() {
        for (Owner o : owners) {
            if (o.controller()) {
                return o;
            }
        }
        return owners.isEmpty() ? null : owners.get(0);
    }

    public Details.Workload workload() {
        return details instanceof Details.Workload w ? w : null;
    }
}
