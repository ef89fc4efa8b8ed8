package dev.ksa.inventory;

import java.util.Set;

/**
 * What the rules read of one container: its image, which resources it requests and limits
 * ({@code cpu}, {@code memory}), its probes and whether it runs privileged.
 */
public record Container(
        String name, String image, Set<String> requests, Set<String> limits,
        boolean readinessProbe, boolean livenessProbe, boolean startupProbe, boolean privileged) {

    public Container {
        requests = requests == null ? Set.of() : Set.copyOf(requests);
        limits = limits == null ? Set.of() : Set.copyOf(limits);
    }
}
