package dev.ksa.inventory;

import java.util.List;
import java.util.Map;

/**
 * One list call of a live audit: the API group, version and resource, the kind its items are,
 * and how it is asked for. {@code metadataOnly} asks the API server for object metadata only
 * (Secrets: Helm release Secrets are recognised from their labels, their data is never read);
 * {@code implied} are fields the selectors guarantee and metadata-only answers leave out;
 * {@code optional} resources may not be served (Gateway API without its CRDs) and are skipped quietly.
 * {@code deploy/audit-clusterrole.yaml} grants exactly these (a test holds the two together).
 */
public record LiveResource(String group, String version, String resource, String kind, boolean metadataOnly,
        String labelSelector, String fieldSelector, Map<String, String> implied, boolean optional) {

    /** Cluster-scoped resources: listed whole even when the audit is limited to one namespace. */
    private static final java.util.Set<String> CLUSTER_SCOPED = java.util.Set.of(
            "nodes", "storageclasses", "customresourcedefinitions", "ingressclasses", "gatewayclasses");

    /** Every kind the detection and the rules read, and nothing more. */
    public static final List<LiveResource> NEEDED = List.of(
            plain("", "v1", "nodes", "Node"),
            plain("", "v1", "pods", "Pod"),
            plain("", "v1", "services", "Service"),
            plain("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim"),
            new LiveResource("", "v1", "secrets", "Secret", true, "owner=helm", "type=helm.sh/release.v1",
                    Map.of("type", "helm.sh/release.v1"), false),
            plain("apps", "v1", "deployments", "Deployment"),
            plain("apps", "v1", "statefulsets", "StatefulSet"),
            plain("apps", "v1", "daemonsets", "DaemonSet"),
            plain("apps", "v1", "replicasets", "ReplicaSet"),
            plain("batch", "v1", "jobs", "Job"),
            plain("batch", "v1", "cronjobs", "CronJob"),
            plain("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler"),
            plain("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget"),
            plain("networking.k8s.io", "v1", "ingresses", "Ingress"),
            plain("networking.k8s.io", "v1", "ingressclasses", "IngressClass"),
            plain("storage.k8s.io", "v1", "storageclasses", "StorageClass"),
            new LiveResource("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition",
                    true, null, null, Map.of(), false),
            new LiveResource("gateway.networking.k8s.io", "v1", "gateways", "Gateway", false, null, null, Map.of(), true),
            new LiveResource("gateway.networking.k8s.io", "v1", "gatewayclasses", "GatewayClass", false, null, null, Map.of(), true));

    private static LiveResource plain(String group, String version, String resource, String kind) {
        return new LiveResource(group, version, resource, kind, false, null, null, Map.of(), false);
    }

    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** The collection path across all namespaces ({@code /apis/apps/v1/deployments}). */
    public String path() {
        return path(null);
    }

    /** The collection path in one namespace ({@code /apis/apps/v1/namespaces/shop/deployments}), or across all when null. */
    public String path(String namespace) {
        String root = (group.isEmpty() ? "/api/" : "/apis/" + group + "/") + version + "/";
        return namespace == null || !namespaced() ? root + resource : root + "namespaces/" + namespace + "/" + resource;
    }

    public boolean namespaced() {
        return !CLUSTER_SCOPED.contains(resource);
    }

    /** {@code deployments.apps}, as kubectl and RBAC messages name a resource. */
    public String qualified() {
        return group.isEmpty() ? resource : resource + "." + group;
    }
}
