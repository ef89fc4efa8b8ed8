package dev.ksa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.cli.Main;
import dev.ksa.testing.Processes.Run;
import dev.ksa.testing.Processes;
import dev.ksa.testing.Tools;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * deploy/ as kubectl applies it ({@code kubectl apply -k deploy/}): built by the real kubectl kustomize, checked by
 * {@code ksa validate} (Kubernetes object schemas), read back as fabric8's typed objects, and held to the rest of ksa:
 * the binding grants the audit ClusterRole to the CronJob's ServiceAccount, the CronJob's arguments are a command line
 * ksa accepts, its image is this version and runs as the image's user, and the pod passes the "restricted" standard.
 */
class InClusterAuditManifestsTest {
    static List<HasMetadata> objects;

    @BeforeAll
    static void build() throws Exception {
        Tools.require("kubectl");
        Run kustomize = Processes.run(List.of("kubectl", "kustomize", "deploy"), Path.of("."), Map.of());
        assertThat(kustomize.exitCode()).as("%s", kustomize).isZero();
        objects = new KubernetesSerialization().unmarshal(kustomize.stdout());
    }

    @SuppressWarnings("unchecked")
    static <T extends HasMetadata> T one(Class<T> type) {
        List<HasMetadata> found = objects.stream().filter(type::isInstance).toList();
        assertThat(found).as("one %s in deploy/", type.getSimpleName()).hasSize(1);
        return (T) found.get(0);
    }

    @Test
    void ksaValidate_findsNoProblem_withKubectlKustomize() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "deploy"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("%s%s", out, err).isZero();
        assertThat(out.toString()).contains(" 0 problems").contains("kubectl kustomize");
    }

    @Test
    void everyObject_isATypedKubernetesObject_labelledAsKsa() {
        assertThat(objects).extracting(o -> o.getClass().getSimpleName())
                .containsExactlyInAnyOrder("Namespace", "ClusterRole", "ServiceAccount", "ClusterRoleBinding", "CronJob");
        objects.forEach(o -> assertThat(o.getMetadata().getLabels()).as(o.getKind()).containsEntry("app.kubernetes.io/name", "ksa"));
    }

    @Test
    void binding_grantsTheAuditRole_toTheCronJobsServiceAccount() {
        ClusterRole role = one(ClusterRole.class);
        ClusterRoleBinding binding = one(ClusterRoleBinding.class);
        ServiceAccount account = one(ServiceAccount.class);
        CronJob cronJob = one(CronJob.class);
        assertThat(binding.getRoleRef().getKind()).isEqualTo("ClusterRole");
        assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo(account.getMetadata().getName());
            assertThat(s.getNamespace()).isEqualTo(account.getMetadata().getNamespace());
        });
        assertThat(cronJob.getMetadata().getNamespace()).isEqualTo(account.getMetadata().getNamespace())
                .isEqualTo(one(Namespace.class).getMetadata().getName());
        assertThat(cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getServiceAccountName())
                .isEqualTo(account.getMetadata().getName());
        role.getRules().forEach(rule -> assertThat(rule.getVerbs()).as("read-only").containsExactly("list"));
    }

    @Test
    void cronJob_runsAnAuditCommandLineKsaAccepts_againstItsOwnCluster() {
        Container container = auditContainer();
        List<String> args = container.getArgs();
        assertThat(container.getCommand()).as("the image's entrypoint is ksa").isNullOrEmpty();
        CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("audit");
        assertThat(parsed.subcommand().hasMatchedOption("-f")).as("no files: the live cluster").isFalse();
        assertThat(parsed.subcommand().hasMatchedOption("--kubeconfig")).as("in-cluster credentials").isFalse();
        assertThat(parsed.subcommand().matchedOptionValue("-o", "table")).isEqualTo("json");
    }

    @Test
    void cronJob_usesThisVersionsImage_asTheImagesUser() throws Exception {
        Container container = auditContainer();
        assertThat(container.getImage()).isEqualTo("ksa:" + System.getProperty("ksa.version"));
        PodSpec pod = cronJobPod();
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).as("the image's user (jib container.user) is the pod's")
                .contains("<user>" + pod.getSecurityContext().getRunAsUser() + ":" + pod.getSecurityContext().getRunAsGroup() + "</user>");
        assertThat(pom).contains("<arg>-Djava.io.tmpdir=/tmp</arg>");
        assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
    }

    @Test
    void pod_passesTheRestrictedPodSecurityStandard() {
        PodSpec pod = cronJobPod();
        Container container = auditContainer();
        assertThat(one(Namespace.class).getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getHostPath()).isNull());
    }

    private static PodSpec cronJobPod() {
        return one(CronJob.class).getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    }

    private static Container auditContainer() {
        return cronJobPod().getContainers().get(0);
    }
}
