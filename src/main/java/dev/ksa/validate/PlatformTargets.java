package dev.ksa.validate;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Environment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the {@link Targets} of a platform: its objects, the cluster's and environment's own, run-time objects, bootstrap Secrets. */
final class PlatformTargets {
    private PlatformTargets() {}

    static Targets build(Platform platform, PlatformLock lock, ClusterFacts facts, Catalog catalog, List<BootstrapSecrets.Entry> secrets) {
        Targets targets = new Targets();
        for (PlatformObject object : platform.objects) {
            targets.addObject(object, object.origin().display());
            if (object.group().isEmpty() && object.kind().equals("Namespace")) {
                targets.addNamespace(object.name());
            }
        }
        for (Application app : platform.applications.values()) {
            if (app.createsNamespace() && !app.namespace().isEmpty()) {
                targets.addNamespace(app.namespace());
            }
        }
        facts.namespaces().forEach(targets::addNamespace);
        platform.bootstrapNamespaces.forEach(targets::addNamespace);
        List<String> early = new java.util.ArrayList<>(facts.namespaces());
        early.addAll(platform.bootstrapNamespaces);
        for (String namespace : early) {
            targets.add(new Targets.Target("", "Namespace", "", namespace, Set.of(), Set.of(), "every cluster", "", Targets.ALWAYS));
        }
        for (String namespace : List.copyOf(targets.namespaces())) {
            for (ClusterFacts.Known known : facts.everyNamespace()) {
                targets.add(target(known, namespace, "Kubernetes, in every namespace"));
            }
        }
        for (ClusterFacts.Known known : facts.objects()) {
            targets.add(target(known, known.namespace(), "every cluster"));
        }
        if (!lock.environment().isEmpty() && catalog.environments().stream().anyMatch(e -> e.id().equals(lock.environment()))) {
            Environment environment = catalog.environment(lock.environment());
            for (String storageClass : environment.storageClasses()) {
                targets.add(new Targets.Target("storage.k8s.io", "StorageClass", "", storageClass, Set.of(), Set.of(),
                        "the " + lock.environment() + " environment", "", Targets.ALWAYS));
            }
        }
        for (BootstrapSecrets.Entry secret : secrets) {
            for (String namespace : secret.namespaces()) {
                targets.add(new Targets.Target("", "Secret", namespace, secret.name(), new LinkedHashSet<>(secret.keys()), Set.of(),
                        BootstrapSecrets.FILE + ":" + secret.line() + " (created by the bootstrap)", PlatformAssembly.BOOTSTRAP, Targets.ALWAYS));
            }
        }
        RuntimeObjects.add(platform, catalog.components(), targets);
        return targets;
    }

    private static Targets.Target target(ClusterFacts.Known known, String namespace, String source) {
        return new Targets.Target(known.group(), known.kind(), namespace, known.name(), new LinkedHashSet<>(known.keys()),
                new LinkedHashSet<>(known.ports()), source, "", Targets.ALWAYS);
    }
}
