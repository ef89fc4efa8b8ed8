package dev.ksa.inventory;

import java.util.List;
import java.util.Map;

/**
 * One object of the inventory, reduced to what detection and the rules read: identity, labels,
 * a few well-known annotations, owners, the images it names, kind-specific {@link Details}, the
 * apiVersion it was last applied with (from {@code kubectl.kubernetes.io/last-applied-configuration},
 * which tells a live cluster's deprecated APIs), where it came from, and what is wrong with it
 * ({@code problems}: required fields missing or of the wrong type, see {@code inventory/required-fields.yaml}).
 */
public record KubeObject(
        ObjectRef ref, Map<String, String> labels, Map<String, String> annotations, List<Owner> owners,
        List<ImageUse> images, Details details, String appliedApiVersion, Location location, List<FieldProblem> problems) {

    /** Rules a user exempts one object from: {@code ksa.dev/ignore: rule-a,rule-b}. */
    public static final String IGNORE_ANNOTATION = "ksa.dev/ignore";

    /** The annotations the inventory keeps; every other annotation is dropped. */
    public static final List<String> KEPT_ANNOTATIONS = List.of(
            "helm.sh/hook",
            "kubernetes.io/config.mirror",
            "storageclass.kubernetes.io/is-default-class",
            "storageclass.beta.kubernetes.io/is-default-class",
            IGNORE_ANNOTATION,
            "kube-score/ignore");

    /** Polaris' exemption annotations ({@code polaris.fairwinds.com/<check>-exempt}) are kept too, for users coming from it. */
    public static final String POLARIS_PREFIX = "polaris.fairwinds.com/";

    static boolean kept(String annotation) {
        return KEPT_ANNOTATIONS.contains(annotation) || annotation.startsWith(POLARIS_PREFIX);
    }

    public KubeObject {
        labels = labels == null ? Map.of() : labels;
        annotations = annotations == null ? Map.of() : annotations;
        owners = owners == null ? List.of() : List.copyOf(owners);
        images = images == null ? List.of() : List.copyOf(images);
        details = details == null ? Details.None.INSTANCE : details;
        problems = problems == null ? List.of() : List.copyOf(problems);
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

    /**
     * The controlling owner ({@code controller: true}), when there is one. Owners that are not
     * controllers (a Pod a ConfigMap owns for garbage collection) do not recreate the object.
     */
    public Owner controller() {
        for (Owner o : owners) {
            if (o.controller()) {
                return o;
            }
        }
        return null;
    }

    public Details.Workload workload() {
        return details instanceof Details.Workload w ? w : null;
    }
}
