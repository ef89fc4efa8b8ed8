package dev.ksa.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a platform runs ({@code catalog/environments.yaml}): the capabilities the provider gives,
 * the categories its own services cover, what an edition-less category must get there, and the
 * environment's default picks, and the Kubernetes release a platform there gets unless its profile
 * names one (the charts ksa pins are tested against it), and the StorageClasses the provider's
 * clusters come with ({@code defaultStorageClass} the one a claim without a class gets).
 * {@code network} is what a cluster ksa provisions there gets unless the profile says otherwise
 * (on-prem only: a cloud's own network decides). {@code dnsResolver} is the provider's DNS resolver every
 * node and pod can reach (clouds only), for software that must resolve names outside the cluster.
 */
public record Environment(
        String id,
        Text name,
        List<String> provides,
        Map<String, Text> covers,
        Map<String, List<String>> needs,
        Map<String, String> picks,
        String storageClass,
        ObjectStore objectStore,
        String kubernetesVersion,
        List<String> storageClasses,
        String defaultStorageClass,
        Network network,
        String dnsResolver) {

    public Environment {
        provides = provides == null ? List.of() : List.copyOf(provides);
        covers = covers == null ? Map.of() : new TreeMap<>(covers);
        needs = needs == null ? Map.of() : new TreeMap<>(needs);
        picks = picks == null ? Map.of() : new TreeMap<>(picks);
        storageClasses = storageClasses == null ? List.of() : List.copyOf(storageClasses);
    }

    public boolean cloud() {
        return !covers.isEmpty();
    }

    /** Pod and Service address blocks and the cluster DNS domain a provisioned cluster gets by default. */
    public record Network(String podCidr, String serviceCidr, String clusterDomain) {}

    /** How Velero reaches the environment's object storage. */
    public record ObjectStore(String provider, String plugin, boolean s3ForcePathStyle) {}
}
