package dev.ksa.catalog;

import java.util.List;

/**
 * Install coordinates. {@code namespace} is the default target namespace of in-cluster kinds;
 * {@code version} is the pinned application version (for Helm kinds, that of the main chart).
 * {@code bootstrap} marks what is installed by hand before GitOps can run: the CNI, then the GitOps
 * engine that installs everything else (Argo CD); they form wave 0.
 * {@code serverSideApply} marks charts whose CRDs are too large for client-side apply.
 */
public record Install(
        InstallKind kind,
        String namespace,
        String version,
        List<Chart> charts,
        List<String> manifests,
        boolean bootstrap,
        boolean serverSideApply,
        Text note) {

    public Install {
        charts = charts == null ? List.of() : List.copyOf(charts);
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
    }

    public boolean inCluster() {
        return kind != null && kind.inCluster();
    }
}
