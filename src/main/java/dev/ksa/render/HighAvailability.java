package dev.ksa.render;

import dev.ksa.plan.Profile;

/**
 * Whether the platform is built to survive the loss of a node, which render data asks with
 * {@code if: {ha: true}} (two or more replicas of stateless controllers, PodDisruptionBudgets): the
 * control plane is highly available (three or more control planes, or a cloud's managed one) and
 * there are at least three nodes to spread replicas over (the workers, or the control planes when
 * there are none). One control plane is a single point of failure however many workers it has, so
 * replicas there only cost capacity.
 */
public final class HighAvailability {
    /** Control planes for an etcd quorum that survives one loss, and nodes to spread replicas over. */
    static final int NODES = 3;

    private HighAvailability() {}

    public static boolean of(RenderContext ctx) {
        Profile.Cluster cluster = ctx.profile().spec().cluster();
        boolean controlPlane = ctx.environment().cloud() || cluster.controlPlaneCount() >= NODES;
        int spread = cluster.workerCount() > 0 ? cluster.workerCount() : cluster.controlPlaneCount();
        return controlPlane && spread >= NODES;
    }
}
