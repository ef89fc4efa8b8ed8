package dev.ksa.audit;

import dev.ksa.catalog.Text;
import dev.ksa.inventory.Container;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The controls of the Pod Security Standards (baseline and restricted) and the hardening checks
 * Polaris and kube-score add, on every workload's pod template and every container in it (init
 * containers too: the standard applies to them). A container inherits what its pod's
 * securityContext sets and overrides it with its own.
 */
final class PodSecurityRules implements Rule {
    /** Capabilities the baseline level allows a container to add. */
    static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
            "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    @Override
    public List<String> ids() {
        return List.of("pod-host-network", "pod-host-pid", "pod-host-ipc", "container-host-port",
                "container-privilege-escalation", "container-run-as-root", "container-dangerous-capabilities",
                "container-capabilities-not-dropped", "container-writable-root-filesystem", "pod-seccomp-unconfined",
                "container-seccomp-profile-missing");
    }

    @Override
    public void check(AuditContext context, Findings findings) {
        for (KubeObject o : context.workloads()) {
            PodSpec pod = o.workload().pod();
            if (pod.hostNetwork()) {
                findings.add("pod-host-network", o, Findings.params());
            }
            if (pod.hostPID()) {
                findings.add("pod-host-pid", o, Findings.params());
            }
            if (pod.hostIPC()) {
                findings.add("pod-host-ipc", o, Findings.params());
            }
            if ("Unconfined".equals(pod.security().seccompProfile())) {
                findings.add("pod-seccomp-unconfined", o, Findings.params().put("where", Text.of("파드", "the pod")));
            }
            for (Container c : ContainerRules.all(pod)) {
                container(o, pod.security(), c, findings);
            }
        }
    }

    private static void container(KubeObject o, Container.SecurityContext pod, Container c, Findings findings) {
        Container.SecurityContext own = c.security();
        String name = c.name() == null ? "" : c.name();
        if (!c.hostPorts().isEmpty()) {
            findings.add("container-host-port", o, Findings.params().put("container", name)
                    .put("ports", c.hostPorts().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        if (c.privileged() || !Boolean.FALSE.equals(own.allowPrivilegeEscalation())) {
            Text reason = c.privileged() ? Text.of("특권 모드", "privileged") : own.allowPrivilegeEscalation() == null
                    ? Text.of("allowPrivilegeEscalation이 지정되지 않음", "allowPrivilegeEscalation is not set")
                    : Text.same("allowPrivilegeEscalation: true");
            findings.add("container-privilege-escalation", o, Findings.params().put("container", name).put("reason", reason));
        }
        Text root = runsAsRoot(pod, own);
        if (root != null) {
            findings.add("container-run-as-root", o, Findings.params().put("container", name).put("reason", root));
        }
        List<String> dangerous = new ArrayList<>();
        for (String capability : own.capabilitiesAdd()) {
            if (!BASELINE_CAPABILITIES.contains(capability) && !dangerous.contains(capability)) {
                dangerous.add(capability);
            }
        }
        if (!dangerous.isEmpty()) {
            findings.add("container-dangerous-capabilities", o, Findings.params().put("container", name)
                    .put("capabilities", String.join(", ", dangerous)));
        }
        if (!own.capabilitiesDrop().contains("ALL")) {
            findings.add("container-capabilities-not-dropped", o, Findings.params().put("container", name));
        }
        if (!Boolean.TRUE.equals(own.readOnlyRootFilesystem())) {
            findings.add("container-writable-root-filesystem", o, Findings.params().put("container", name));
        }
        if ("Unconfined".equals(own.seccompProfile())) {
            findings.add("pod-seccomp-unconfined", o, Findings.params().put("where", Text.of("컨테이너 " + name, "container " + name)));
        }
        String seccomp = own.seccompProfile() != null ? own.seccompProfile() : pod.seccompProfile();
        if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp) && !"Unconfined".equals(seccomp)) {
            findings.add("container-seccomp-profile-missing", o, Findings.params().put("container", name));
        }
    }

    /**
     * Why the container may run as root, or null when it cannot: the container's own
     * runAsUser and runAsNonRoot win over the pod's; a non-zero user is never root.
     */
    static Text runsAsRoot(Container.SecurityContext pod, Container.SecurityContext own) {
        Long user = own.runAsUser() != null ? own.runAsUser() : pod.runAsUser();
        Boolean nonRoot = own.runAsNonRoot() != null ? own.runAsNonRoot() : pod.runAsNonRoot();
        if (user != null && user == 0) {
            return Text.same("runAsUser: 0");
        }
        if (user != null || Boolean.TRUE.equals(nonRoot)) {
            return null;
        }
        return Boolean.FALSE.equals(nonRoot)
                ? Text.of("runAsNonRoot: false이고 runAsUser가 없음", "runAsNonRoot: false and no runAsUser")
                : Text.of("runAsNonRoot: true도 runAsUser도 지정되지 않음", "neither runAsNonRoot: true nor a runAsUser is set");
    }
}
