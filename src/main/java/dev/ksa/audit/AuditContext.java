package dev.ksa.audit;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Edition;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.ObjectRef;
import dev.ksa.inventory.Owner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules read: the inventory's objects with the indices they need (by namespace, by
 * kind and name), the detected components, the catalog, the chosen edition and today's date.
 */
public final class AuditContext {
    /** Kinds whose pods a controller of the same family manages; an object they own is checked through its owner. */
    private static final Set<String> POD_CONTROLLERS = Set.of(
            "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicationController");

    private final List<KubeObject> objects;
    private final List<Detection> detections;
    private final Catalog catalog;
    private final Edition edition;
    private final LocalDate today;
    private final boolean live;
    private final String target;
    private final Map<String, KubeObject> byKey = new HashMap<>();
    private final Map<String, List<KubeObject>> byNamespace = new HashMap<>();
    private final Set<String> namespacesWithCustomResources = new HashSet<>();

    public AuditContext(List<KubeObject> objects, List<Detection> detections, Catalog catalog, Edition edition,
            LocalDate today, boolean live) {
        this(objects, detections, catalog, edition, today, live, null);
    }

    /** @param target the Kubernetes version to judge APIs against ({@code --kubernetes-version}); null: the cluster's, from its Nodes */
    public AuditContext(List<KubeObject> objects, List<Detection> detections, Catalog catalog, Edition edition,
            LocalDate today, boolean live, String target) {
        this.target = target;
        this.objects = objects;
        this.detections = detections;
        this.catalog = catalog;
        this.edition = edition;
        this.today = today;
        this.live = live;
        for (KubeObject o : objects) {
            byKey.putIfAbsent(key(o.kind(), o.namespace(), o.name()), o);
            byNamespace.computeIfAbsent(namespaceKey(o.namespace()), k -> new ArrayList<>()).add(o);
            String group = o.ref().group();
            if (group.contains(".") && !group.endsWith(".k8s.io")) {
                namespacesWithCustomResources.add(namespaceKey(o.namespace()));
            }
        }
    }

    private static String key(String kind, String namespace, String name) {
        return kind + "/" + namespaceKey(namespace) + "/" + name;
    }

    /**
     * Objects of files often name no namespace: they go to the one kubectl applies to, the same
     * for all of them, so they share one (unnamed) namespace here. Cluster-scoped objects land
     * there too, which is harmless: the rules look up namespaced kinds only.
     */
    private static String namespaceKey(String namespace) {
        return namespace == null ? "" : namespace;
    }

    public List<KubeObject> objects() {
        return objects;
    }

    public List<KubeObject> kind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    public List<KubeObject> inNamespace(String namespace) {
        return byNamespace.getOrDefault(namespaceKey(namespace), List.of());
    }

    /**
     * The object of that kind and name in that namespace. In files, an object that names no
     * namespace goes wherever kubectl applies it, so it is found from any namespace, and finds
     * objects of {@code default}.
     */
    public Optional<KubeObject> find(String kind, String namespace, String name) {
        KubeObject exact = byKey.get(key(kind, namespace, name));
        if (exact != null || live) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(byKey.get(key(kind, namespace == null ? "default" : null, name)));
    }

    /**
     * Objects that run pods and that no pod controller owns: Deployments, StatefulSets,
     * DaemonSets, CronJobs, bare Jobs, ReplicaSets and Pods. Their pod specs are what the
     * container rules check, once per workload rather than once per replica.
     */
    public List<KubeObject> workloads() {
        List<KubeObject> out = new ArrayList<>();
        for (KubeObject o : objects) {
            if (o.workload() != null && o.workload().pod() != null && !ownedByController(o)) {
                out.add(o);
            }
        }
        return out;
    }

    public static boolean ownedByController(KubeObject o) {
        Owner owner = o.controller();
        return owner != null && owner.kind() != null && POD_CONTROLLERS.contains(owner.kind());
    }

    /**
     * Label sets of the pods a namespace runs: its Pods' labels and its workloads' pod template
     * labels. In files, workloads that name no namespace count in every namespace (kubectl applies
     * them where it is told), and a namespace-less Service sees those of {@code default} too.
     */
    public List<Map<String, String>> podLabels(String namespace) {
        List<Map<String, String>> out = new ArrayList<>();
        List<KubeObject> candidates = new ArrayList<>(inNamespace(namespace));
        if (!live) {
            candidates.addAll(inNamespace(namespace == null ? "default" : null));
        }
        for (KubeObject o : candidates) {
            if (o.workload() != null && o.workload().pod() != null) {
                out.add(o.workload().pod().labels());
            }
        }
        return out;
    }

    /** Whether the namespace holds custom resources, whose operators may create pods no file shows. */
    public boolean hasCustomResources(String namespace) {
        return namespacesWithCustomResources.contains(namespaceKey(namespace));
    }

    public List<Detection> detections() {
        return detections;
    }

    /** Objects that are evidence of a detected component providing {@code capability}. */
    public Set<ObjectRef> evidenceOfProviders(String capability) {
        Set<ObjectRef> out = new HashSet<>();
        for (Detection d : detections) {
            if (catalog.find(d.id()).map(c -> c.provides().contains(capability)).orElse(false)) {
                out.addAll(d.objects());
            }
        }
        return out;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Edition edition() {
        return edition;
    }

    public LocalDate today() {
        return today;
    }

    /** Whether the objects come from a live cluster (status fields are real). */
    public boolean live() {
        return live;
    }

    /** The Kubernetes version APIs are judged against: the target given, else the cluster's. */
    public Optional<String> judgedVersion() {
        return target != null ? Optional.of(target) : kubernetesVersion();
    }

    /** The lowest kubelet version among the inventory's Nodes: the cluster's version, when known. */
    public Optional<String> kubernetesVersion() {
        String lowest = null;
        for (KubeObject o : objects) {
            if (o.details() instanceof Details.Node node && Versions.isVersion(node.kubeletVersion())) {
                if (lowest == null || Versions.compare(node.kubeletVersion(), lowest) < 0) {
                    lowest = node.kubeletVersion();
                }
            }
        }
        return Optional.ofNullable(lowest);
    }
}
