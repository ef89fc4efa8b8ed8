package dev.ksa.inventory;

import java.util.List;
import java.util.Map;

/**
 * The part of a pod spec (a Pod's own, or a workload's template) the rules read: the pod labels,
 * containers, init containers, hostPath volumes, tolerations, host namespaces and the pod's
 * security context (defaults its containers inherit).
 */
public record PodSpec(
        Map<String, String> labels, List<Container> containers, List<Container> initContainers,
        List<String> hostPathVolumes, List<Toleration> tolerations, boolean hostNetwork, boolean hostPID,
        boolean hostIPC, Container.SecurityContext security) {

    public PodSpec {
        labels = labels == null ? Map.of() : labels;
        containers = containers == null ? List.of() : List.copyOf(containers);
        initContainers = initContainers == null ? List.of() : List.copyOf(initContainers);
        hostPathVolumes = hostPathVolumes == null ? List.of() : List.copyOf(hostPathVolumes);
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
        security = security == null ? Container.SecurityContext.NONE : security;
    }

    /** A pod toleration; an empty key with operator Exists tolerates every taint. */
    public record Toleration(String key, String operator, String value, String effect) {

        public boolean tolerates(String taintKey, String taintEffect) {
            boolean keyMatches = key == null || key.isEmpty() ? "Exists".equals(operator) : key.equals(taintKey);
            boolean effectMatches = effect == null || effect.isEmpty() || effect.equals(taintEffect);
            return keyMatches && effectMatches;
        }
    }
}
