package dev.ksa.plan;

import dev.ksa.catalog.Environment;

/**
 * The Kubernetes release a plan targets: {@code spec.cluster.kubernetesVersion} when given, else the
 * environment's default. Always {@code vX.Y.Z}: a profile's {@code 1.34} takes the patch of the
 * default when the minors agree, else {@code .0}, so kubeadm and Helm get a full version.
 */
final class KubernetesVersion {
    private KubernetesVersion() {}

    static String of(Profile profile, Environment environment) {
        String fallback = environment.kubernetesVersion() == null ? "v1.34.2" : environment.kubernetesVersion();
        String given = profile.spec().cluster().kubernetesVersion();
        if (given == null || given.isBlank()) {
            return fallback;
        }
        String bare = given.startsWith("v") ? given.substring(1) : given;
        if (bare.split("\\.").length == 3) {
            return "v" + bare;
        }
        String defaultBare = fallback.substring(1);
        return defaultBare.startsWith(bare + ".") ? fallback : "v" + bare + ".0";
    }
}
