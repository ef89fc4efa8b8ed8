package dev.ksa.validate;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a kind is namespaced: built-in kinds from fabric8's typed models, custom kinds from the
 * scope their CRD declares. A kind neither knows is taken as namespaced, as most are, unless its name
 * starts with {@code Cluster}.
 */
final class Scopes {
    private static final KubernetesSerialization REGISTRY = new KubernetesSerialization();
    private final Map<String, Boolean> custom = new HashMap<>();

    void addCrd(com.fasterxml.jackson.databind.JsonNode crd) {
        if ("CustomResourceDefinition".equals(crd.path("kind").asText())) {
            custom.put(crd.path("spec").path("group").asText() + "/" + crd.path("spec").path("names").path("kind").asText(),
                    !"Cluster".equals(crd.path("spec").path("scope").asText("Namespaced")));
        }
    }

    boolean namespaced(String apiVersion, String group, String kind) {
        Boolean known = custom.get(group + "/" + kind);
        if (known != null) {
            return known;
        }
        if (TypedModels.BUILT_IN_GROUPS.contains(group)) {
            Class<? extends KubernetesResource> type = REGISTRY.getRegisteredKubernetesResource(apiVersion, kind);
            if (type != null) {
                return Namespaced.class.isAssignableFrom(type);
            }
        }
        // A kind no CRD of the platform defines: by the Kubernetes convention, Cluster* kinds
        // (ClusterIssuer, ClusterPolicy, ClusterSecretStore) are cluster-scoped, the rest namespaced.
        return !kind.startsWith("Cluster");
    }

    boolean knowsCustom(String group, String kind) {
        return custom.containsKey(group + "/" + kind);
    }
}
