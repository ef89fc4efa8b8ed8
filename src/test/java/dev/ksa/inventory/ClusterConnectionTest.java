package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import org.junit.jupiter.api.Test;

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
}
