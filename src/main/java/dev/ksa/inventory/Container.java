package dev.ksa.inventory;

import java.util.List;
import java.util.Set;

/**
 * What the rules read of one container: its image, which resources it requests and limits
 * ({@code cpu}, {@code memory}), its probes, the host ports it binds and its security context
 * (its own fields only; {@link PodSpec#security()} holds the pod's defaults).
 */
public record Container(
        String name, String image, Set<String> requests, Set<String> limits,
        boolean readinessProbe, boolean livenessProbe, boolean startupProbe, List<Integer> hostPorts,
        SecurityContext security) {

    public Container {
        requests = requests == null ? Set.of() : Set.copyOf(requests);
        limits = limits == null ? Set.of() : Set.copyOf(limits);
        hostPorts = hostPorts == null ? List.of() : List.copyOf(hostPorts);
        security = security == null ? SecurityContext.NONE : security;
    }

    public boolean privileged() {
        return Boolean.TRUE.equals(security.privileged());
    }

    /**
     * A container's or a pod's {@code securityContext}; a field not written is null, so a rule can
     * tell "unset" (the container runtime's default) from an explicit value. Capabilities are
     * upper-cased without the {@code CAP_} prefix, as the runtime reads them.
     */
    public record SecurityContext(Boolean privileged, Boolean allowPrivilegeEscalation, Boolean runAsNonRoot,
            Long runAsUser, Boolean readOnlyRootFilesystem, List<String> capabilitiesAdd, List<String> capabilitiesDrop,
            String seccompProfile) {
        public static final SecurityContext NONE = new SecurityContext(null, null, null, null, null, List.of(), List.of(), null);

        public SecurityContext {
            capabilitiesAdd = capabilitiesAdd == null ? List.of() : List.copyOf(capabilitiesAdd);
            capabilitiesDrop = capabilitiesDrop == null ? List.of() : List.copyOf(capabilitiesDrop);
        }
    }
}
