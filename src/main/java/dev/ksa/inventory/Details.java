package dev.ksa.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The kind-specific part of an object the rules read; everything else of the object is dropped. */
public sealed interface Details {

    /** Nothing beyond metadata is kept (ConfigMaps, RBAC, custom resources, ...). */
    record None() implements Details {
        public static final None INSTANCE = new None();
    }

    /**
     * Anything that runs pods: a Pod itself ({@code replicas} and {@code selector} null), a
     * Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob.
     * {@code serviceName} and {@code claimTemplates} are a StatefulSet's; {@code phase} a Pod's status.
     */
    record Workload(Integer replicas, LabelSelector selector, PodSpec pod, String serviceName,
            List<ClaimTemplate> claimTemplates, String phase) implements Details {
        public Workload {
            claimTemplates = claimTemplates == null ? List.of() : List.copyOf(claimTemplates);
        }
    }

    /** A StatefulSet's {@code volumeClaimTemplates} entry; {@code storageClassName} null when unset. */
    record ClaimTemplate(String name, String storageClassName) {}

    /** A Service: type, selector, cluster IP ({@code None} for headless) and whether a load balancer address was assigned. */
    record Service(String type, Map<String, String> selector, String clusterIP, boolean hasStatus,
            boolean loadBalancerAssigned) implements Details {
        public boolean headless() {
            return "None".equals(clusterIP);
        }
    }

    /** A HorizontalPodAutoscaler: its target and the resource metrics (cpu, memory) it scales on. */
    record Autoscaler(String targetApiVersion, String targetKind, String targetName, Integer minReplicas,
            Set<String> resourceMetrics) implements Details {
        public Autoscaler {
            resourceMetrics = resourceMetrics == null ? Set.of() : Set.copyOf(resourceMetrics);
        }
    }

    /** A PersistentVolumeClaim; {@code storageClassName} null when unset, {@code phase} null without status. */
    record Claim(String storageClassName, String phase) implements Details {}

    /** An Ingress: the Services its rules and default backend send traffic to (resource backends are left out). */
    record Ingress(List<String> services) implements Details {
        public Ingress {
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    /** A PodDisruptionBudget's selector. */
    record DisruptionBudget(LabelSelector selector) implements Details {}

    /** A CustomResourceDefinition's API group. */
    record CustomResourceDefinition(String group) implements Details {}

    /** A Node: its container runtime ({@code containerd://2.2.3}), kubelet version and taints. */
    record Node(String containerRuntime, String kubeletVersion, List<Taint> taints) implements Details {
        public Node {
            taints = taints == null ? List.of() : List.copyOf(taints);
        }
    }

    /** A node taint. */
    record Taint(String key, String effect) {}

    /** A StorageClass: whether it is the default and its provisioner. */
    record StorageClass(boolean isDefault, String provisioner) implements Details {}

    /** A Secret: its type only. Secret data is never read into the inventory. */
    record Secret(String type) implements Details {}
}
