package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's hard cases through the real launcher: a half-written object is a finding, an audit
 * that read nothing is exit 3, a file that is not a kubeconfig is exit 2 saying so, and
 * {@code --rules} lists the rules with their peers.
 */
class AuditLauncherIT {
    @BeforeAll
    static void locate() {
        LauncherEndToEndIT.locate();
    }

    @Test
    void halfWrittenAutoscaler_isAFinding_theRestIsAudited(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hpa.yaml"), """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: half, namespace: shop}
                spec: {maxReplicas: 3}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: lonely, namespace: shop}
                spec: {containers: [{name: c, image: "busybox:1.36"}]}
                """);
        LauncherEndToEndIT.Run run = LauncherEndToEndIT.ksa("audit", "-f", file.toString(), "-o", "json", "--lang", "en");
        assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isZero();
        assertThat(run.stdout()).contains("HorizontalPodAutoscaler/shop/half: spec.scaleTargetRef is missing")
                .contains("\"rule\" : \"pod-without-controller\"");
    }

    @Test
    void emptyDirectory_exit3(@TempDir Path dir) throws Exception {
        LauncherEndToEndIT.Run run = LauncherEndToEndIT.ksa("audit", "-f", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("nothing could be read").doesNotContain("\tat ");
    }

    @Test
    void notAKubeconfig_exit2_saysSo(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(dir.resolve("deploy.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");
        LauncherEndToEndIT.Run run = LauncherEndToEndIT.ksa("audit", "--kubeconfig", manifest.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("is not a kubeconfig").doesNotContain("kubernetes.default").hasLineCount(1);
    }

    @Test
    void rules_listTheirPeers() throws Exception {
        LauncherEndToEndIT.Run run = LauncherEndToEndIT.ksa("audit", "--rules", "-o", "md", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("| id |").contains("| `pod-host-network` | error | security | baseline | `hostNetworkSet` |");
    }
}
