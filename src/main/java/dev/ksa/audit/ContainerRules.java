package dev.ksa.audit;

import dev.ksa.inventory.Container;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rules on each container of each workload: image pinning, requests, limits, probes, privileges, hostPath. */
final class ContainerRules {
    private ContainerRules() {}

    /** Kinds whose pods run to completion: probes mean little there. */
    private static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob");

    static List<Container> all(PodSpec pod) {
        List<Container> all = new ArrayList<>(pod.initContainers());
        all.addAll(pod.containers());
        return all;
    }

    /** image-tag-latest: an image without a tag, or with :latest, and no digest. */
    static final class ImageTagLatest implements Rule {
        @Override
        public List<String> ids() {
            return List.of("image-tag-latest");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.workloads()) {
                for (Container c : all(o.workload().pod())) {
                    if (c.image() != null && !ImageName.parse(c.image()).pinned()) {
                        findings.add("image-tag-latest", o, Findings.params().put("container", c.name()).put("image", c.image()));
                    }
                }
            }
        }
    }

    /** container-without-requests: cpu or memory requests missing. */
    static final class WithoutRequests implements Rule {
        @Override
        public List<String> ids() {
            return List.of("container-without-requests");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.workloads()) {
                for (Container c : o.workload().pod().containers()) {
                    List<String> missing = new ArrayList<>();
                    if (!c.requests().contains("cpu")) {
                        missing.add("cpu");
                    }
                    if (!c.requests().contains("memory")) {
                        missing.add("memory");
                    }
                    if (!missing.isEmpty()) {
                        findings.add("container-without-requests", o,
                                Findings.params().put("container", c.name()).put("missing", String.join(", ", missing)));
                    }
                }
            }
        }
    }

    /** container-without-limits: no memory limit (a CPU limit is deliberately not required). */
    static final class WithoutLimits implements Rule {
        @Override
        public List<String> ids() {
            return List.of("container-without-limits");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.workloads()) {
                for (Container c : o.workload().pod().containers()) {
                    if (!c.limits().contains("memory")) {
                        findings.add("container-without-limits", o, Findings.params().put("container", c.name()));
                    }
                }
            }
        }
    }

    /** container-without-readiness-probe and container-without-liveness-probe, for long-running pods. */
    static final class Probes implements Rule {
        @Override
        public List<String> ids() {
            return List.of("container-without-readiness-probe", "container-without-liveness-probe");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.workloads()) {
                if (RUN_TO_COMPLETION.contains(o.kind()) || WorkloadRules.helmHook(o)) {
                    continue;
                }
                for (Container c : o.workload().pod().containers()) {
                    if (!c.readinessProbe()) {
                        findings.add("container-without-readiness-probe", o, Findings.params().put("container", c.name()));
                    }
                    if (!c.livenessProbe()) {
                        findings.add("container-without-liveness-probe", o, Findings.params().put("container", c.name()));
                    }
                }
            }
        }
    }

    /** container-privileged. */
    static final class Privileged implements Rule {
        @Override
        public List<String> ids() {
            return List.of("container-privileged");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.workloads()) {
                for (Container c : all(o.workload().pod())) {
                    if (c.privileged()) {
                        findings.add("container-privileged", o, Findings.params().put("container", c.name()));
                    }
                }
            }
        }
    }

    /**
     * pod-host-path: one finding per workload naming all its node paths; a node agent such as
     * Falco mounts a dozen, and a dozen findings about one DaemonSet bury the rest of the report.
     */
    static final class HostPath implements Rule {
        @Override
        public List<String> ids() {
            return List.of("pod-host-path");
        }

        @Override
        public void check(AuditContext context, Findings findings) {
            for (KubeObject o : context.workloads()) {
                List<String> paths = o.workload().pod().hostPathVolumes().stream()
                        .map(volume -> volume.substring(volume.indexOf('=') + 1)).distinct().sorted().toList();
                if (!paths.isEmpty()) {
                    findings.add("pod-host-path", o, Findings.params().put("path", String.join(", ", paths)));
                }
            }
        }
    }
}
