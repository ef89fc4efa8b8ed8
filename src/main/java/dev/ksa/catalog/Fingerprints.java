package dev.ksa.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a component is recognised in a cluster: container image repositories (without tag),
 * CRD API groups, Helm chart names (the {@code helm.sh/chart} label without version),
 * {@code key=value} labels and well-known workload names.
 *
 * <p>Two optional lists refine what a match means, because real installs mix the component's
 * own images with images of other release trains:
 * <ul>
 *   <li>{@code versionFrom}: the image repositories (of {@code images}) whose tag is the
 *       component's release, most telling first. An operator (tigera-operator for Calico), a
 *       bundled sub-project (KubeVirt's virt-template) or a CSI sidecar has its own version;
 *       left out here, it still identifies the component but never names its version. Empty:
 *       every image in {@code images}, in their order.</li>
 *   <li>{@code supporting}: entries of the other lists that other projects ship too (an exporter,
 *       a config reloader sidecar, a CRD another chart bundles). They add evidence to a detection
 *       but never make one alone, and never give the version.</li>
 * </ul>
 */
public record Fingerprints(List<String> images, List<String> crdGroups, List<String> charts, List<String> labels,
        List<String> names, List<String> versionFrom, List<String> supporting) {

    @JsonCreator
    public Fingerprints {
        images = images == null ? List.of() : List.copyOf(images);
        crdGroups = crdGroups == null ? List.of() : List.copyOf(crdGroups);
        charts = charts == null ? List.of() : List.copyOf(charts);
        labels = labels == null ? List.of() : List.copyOf(labels);
        names = names == null ? List.of() : List.copyOf(names);
        versionFrom = versionFrom == null ? List.of() : List.copyOf(versionFrom);
        supporting = supporting == null ? List.of() : List.copyOf(supporting);
    }

    /** Fingerprints without the refinements, as most components need. */
    public Fingerprints(List<String> images, List<String> crdGroups, List<String> charts, List<String> labels, List<String> names) {
        this(images, crdGroups, charts, labels, names, null, null);
    }

    public boolean empty() {
        return images.isEmpty() && crdGroups.isEmpty() && charts.isEmpty() && labels.isEmpty() && names.isEmpty();
    }

    /**
     * The rank of an image repository as a source of the component's version (0: the most
     * telling), or -1 when its tag is not the component's version.
     */
    public int versionRank(String image) {
        if (supporting.contains(image)) {
            return -1;
        }
        return versionFrom.isEmpty() ? images.indexOf(image) : versionFrom.indexOf(image);
    }

    public boolean supports(String fingerprint) {
        return supporting.contains(fingerprint);
    }
}
