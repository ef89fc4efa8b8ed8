package dev.ksa.plan;

import java.util.List;
import java.util.Optional;

/**
 * A resolved, explained platform: what to install (in install waves), why, what the environment
 * gives instead, what is left uncovered, and what to look at. Deterministic for a profile.
 * {@code kubernetesVersion} is the profile's release or the environment's default, as {@code vX.Y.Z}.
 */
public record Plan(
        String name,
        String edition,
        String environment,
        String domain,
        String kubernetesVersion,
        List<PlannedComponent> components,
        List<CategoryStatus> categories,
        List<PlanWarning> warnings,
        Budget budget,
        Profile profile) {

    public Optional<PlannedComponent> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean has(String id) {
        return component(id).isPresent();
    }

    /** Components Argo CD installs (Helm or manifests), in install order. */
    public List<PlannedComponent> inCluster() {
        return components.stream().filter(PlannedComponent::inCluster).toList();
    }

    public boolean hasErrors() {
        return warnings.stream().anyMatch(w -> w.severity() == PlanWarning.Severity.ERROR);
    }
}
