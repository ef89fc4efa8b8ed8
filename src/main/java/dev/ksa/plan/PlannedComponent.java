package dev.ksa.plan;

import dev.ksa.catalog.Text;
import java.util.List;

/**
 * One component of a plan. {@code wave} is its install wave (null for what does not run in the
 * cluster through GitOps); {@code dependsOn} the planned components it waits for, with the
 * capability that links them; {@code origin} why it is in the plan at all.
 */
public record PlannedComponent(
        String id,
        String name,
        String category,
        String kind,
        String version,
        String chartVersion,
        String namespace,
        Integer wave,
        Origin origin,
        List<Text> reasons,
        List<Option> alternatives,
        List<Dependency> dependsOn) {

    public boolean inCluster() {
        return wave != null;
    }

    public PlannedComponent withWave(Integer newWave, List<Dependency> deps) {
        return new PlannedComponent(id, name, category, kind, version, chartVersion, namespace, newWave, origin, reasons, alternatives, deps);
    }

    /** Why a component is planned. */
    public enum Origin {
        /** The edition recommends it for its category. */
        EDITION,
        /** platform.yaml chose it (spec.choose). */
        CHOSEN,
        /** The environment needs it and the edition names none. */
        ENVIRONMENT,
        /** The category's standard fallback (week-one essentials, or the last edition that had one). */
        FALLBACK,
        /** Another planned component requires a capability only it provides. */
        REQUIRED,
        /** It replaces a component the license policy denies. */
        LICENSE_SUBSTITUTE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** An alternative of the same category and when to prefer it. */
    public record Option(String id, Text when) {}

    /** A planned component this one is installed after, and the capability it needs from it. */
    public record Dependency(String id, String capability) {}
}
