package dev.ksa.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a component reaches a platform; only {@link #HELM} and {@link #MANIFEST} run in the cluster through GitOps. */
public enum InstallKind {
    /** Helm chart(s), synced by Argo CD. */
    HELM,
    /** Plain manifests or kustomize bases from a release URL. */
    MANIFEST,
    /** Host-level software on every node (containerd). */
    NODE,
    /** Runs outside the cluster, next to it (HAProxy in front of the API servers). */
    EXTERNAL,
    /** A hosted service (GitHub Actions). */
    SAAS,
    /** A desktop application (Lens). */
    DESKTOP,
    /** A command-line tool on an operator's machine (kubeadm, Helm, Terraform). */
    CLI,
    /** Part of another component, not installed on its own (Ceph under Rook, Envoy under Istio). */
    EMBEDDED;

    @JsonCreator
    public static InstallKind parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean inCluster() {
        return this == HELM || this == MANIFEST;
    }
}
