package dev.ksa.catalog;

import java.util.List;

/**
 * How a component is recognised in a cluster: container image repositories (without tag),
 * CRD API groups, Helm chart names (the {@code helm.sh/chart} label without version),
 * {@code key=value} labels and well-known workload names.
 */
public record Fingerprints(
        List<String> images, List<String> crdGroups, List<String> charts, List<String> labels, List<String> names) {

    public Fingerprints {
        images = images == null ? List.of() : List.copyOf(images);
        crdGroups = crdGroups == null ? List.of() : List.copyOf(crdGroups);
        charts = charts == null ? List.of() : List.copyOf(charts);
        labels = labels == null ? List.of() : List.copyOf(labels);
        names = names == null ? List.of() : List.copyOf(names);
    }

    public boolean empty() {
        return images.isEmpty() && crdGroups.isEmpty() && charts.isEmpty() && labels.isEmpty() && names.isEmpty();
    }
}
