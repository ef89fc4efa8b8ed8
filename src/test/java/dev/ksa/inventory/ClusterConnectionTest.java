package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster is found as kubectl finds it; a wrong context or file is a usage error naming the choices. */
class ClusterConnectionTest {
    static final String KUBECONFIG = "src/test/resources/audit/kubeconfig/two-contexts.yaml";

    @Test
    void currentContext_isTheDefault() {
        try (ClusterConnection.Connected c = ClusterConnection.connect(KUBECONFIG, null)) {
            assertThat(c.context()).isEqualTo("staging-admin");
            assertThat(c.client().getMasterUrl().toString()).isEqualTo("https://127.0.0.1:2/");
        }
    }

    @Test
    void contextOption_picksAnother() {
        try (ClusterConnection.Connected c = ClusterConnection.connect(KUBECONFIG, "prod-admin")) {
            assertThat(c.context()).isEqualTo("prod-admin");
            assertThat(c.client().getMasterUrl().toString()).isEqualTo("https://127.0.0.1:1/");
        }
    }

    @Test
    void unknownContext_suggestsAndListsTheContexts_exit2() {
        assertThatThrownBy(() -> ClusterConnection.connect(KUBECONFIG, "prod-admn")).isInstanceOf(UserError.class)
                .hasMessage("--context prod-admn: no such context in the kubeconfig. Did you mean 'prod-admin'?"
                        + " Contexts: prod-admin, staging-admin (kubectl config get-contexts)")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2));
    }

    @Test
    void missingKubeconfig_isNamed() {
        assertThatThrownBy(() -> ClusterConnection.connect("nope.yaml", null)).isInstanceOf(UserError.class)
                .hasMessage("--kubeconfig nope.yaml: no such file. Give the path of a kubeconfig file");
    }

    static final String NO_CURRENT = """
            apiVersion: v1
            kind: Config
            clusters: [{name: lab, cluster: {server: "https://127.0.0.1:3"}}]
            users: [{name: admin, user: {token: abc}}]
            contexts: [{name: lab-admin, context: {cluster: lab, user: admin}}]
            """;

    @Test
    void kubeconfigWithoutCurrentContext_saysSo_exit2_neverTheInClusterAddress(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("config"), NO_CURRENT);
        assertThatThrownBy(() -> ClusterConnection.connect(file.toString(), null)).isInstanceOf(UserError.class)
                .hasMessage("--kubeconfig " + file + ": the kubeconfig sets no current-context. Pick one with --context NAME"
                        + " (contexts: lab-admin) or run: kubectl config use-context NAME")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("kubernetes.default"));
        try (ClusterConnection.Connected c = ClusterConnection.connect(file.toString(), "lab-admin")) {
            assertThat(c.client().getMasterUrl().toString()).isEqualTo("https://127.0.0.1:3/");
        }
    }

    @Test
    void fileThatIsNotAKubeconfig_saysSo_exit2(@TempDir Path dir) throws Exception {
        Path manifest = Files.writeString(dir.resolve("deploy.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n");
        assertThatThrownBy(() -> ClusterConnection.connect(manifest.toString(), null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--kubeconfig " + manifest + ": " + manifest + " is not a kubeconfig (expected 'kind: Config'")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2));
        Path garbage = Files.writeString(dir.resolve("garbage"), "{{{ not yaml");
        assertThatThrownBy(() -> ClusterConnection.connect(garbage.toString(), null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--kubeconfig " + garbage + ": " + garbage + " is not a kubeconfig (")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2));
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertThatThrownBy(() -> ClusterConnection.connect(empty.toString(), null)).isInstanceOf(UserError.class)
                .hasMessageContaining("is not a kubeconfig");
    }

    @Test
    void currentContextNamingNoContext_saysSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("config"), NO_CURRENT + "current-context: gone\n");
        assertThatThrownBy(() -> ClusterConnection.connect(file.toString(), null)).isInstanceOf(UserError.class)
                .hasMessage("--kubeconfig " + file + ": the current-context 'gone' is not defined in the kubeconfig. Contexts: lab-admin."
                        + " Pick one with --context NAME or run: kubectl config use-context NAME");
    }
}
