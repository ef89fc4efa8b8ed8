package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a live read behaves when the cluster says no, pages its answers, or is not there. */
@EnableKubernetesMockClient
class LiveInventoryErrorsTest {
    static KubernetesClient client;
    static KubernetesMockServer server;

    static final String EMPTY = "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}";

    @BeforeEach
    void reset() {
        server.reset();
    }

    private static String base(LiveResource r) {
        String path = r.path() + "?limit=500";
        if (r.labelSelector() != null) {
            path += "&labelSelector=" + java.net.URLEncoder.encode(r.labelSelector(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (r.fieldSelector() != null) {
            path += "&fieldSelector=" + java.net.URLEncoder.encode(r.fieldSelector(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return path;
    }

    @Test
    void forbiddenList_isAWarningNamingThePermission_andTheReadGoesOn() {
        for (LiveResource r : LiveResource.NEEDED) {
            if (r.resource().equals("secrets")) {
                server.expect().get().withPath(base(r)).andReturn(403,
                        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403}").always();
            } else {
                server.expect().get().withPath(base(r)).andReturn(200, EMPTY).always();
            }
        }
        Inventory inventory = new LiveInventoryReader(client, "prod", Progress.NONE).read();
        assertThat(inventory.warnings()).containsExactly("missing permission: list secrets (group \"\", resource \"secrets\") in the"
                + " cluster 'prod'; Secret objects were not audited. Grant deploy/audit-clusterrole.yaml");
    }

    @Test
    void notServedOptionalResource_isQuiet_requiredOneWarns() {
        for (LiveResource r : LiveResource.NEEDED) {
            if (!r.optional() && !r.resource().equals("cronjobs")) {
                server.expect().get().withPath(base(r)).andReturn(200, EMPTY).always();
            }
        }
        Inventory inventory = new LiveInventoryReader(client, "old", Progress.NONE).read();
        assertThat(inventory.warnings()).containsExactly("the cluster 'old' does not serve batch/v1 cronjobs; CronJob objects were not audited");
    }

    @Test
    void pagedList_followsContinueTokens_andReportsProgress() {
        LiveResource pods = LiveResource.NEEDED.stream().filter(r -> r.resource().equals("pods")).findFirst().orElseThrow();
        server.expect().get().withPath(base(pods)).andReturn(200, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"continue\":\"page-2\"},"
                + "\"items\":[{\"metadata\":{\"name\":\"a\",\"namespace\":\"x\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"busybox\"}]}}]}").once();
        server.expect().get().withPath(base(pods) + "&continue=page-2").andReturn(200, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"items\":[{\"metadata\":{\"name\":\"b\",\"namespace\":\"x\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"busybox\"}]}}]}").once();
        List<String> progress = new ArrayList<>();
        Inventory inventory = new LiveInventoryReader(client, "big", (resource, n, done) -> progress.add(resource + " " + n + " " + done))
                .read(List.of(pods));
        assertThat(inventory.objects()).extracting(o -> o.ref().display()).containsExactly("Pod/x/a", "Pod/x/b");
        assertThat(inventory.objects().get(0).kind()).as("items of a typed list carry no kind; the request says it").isEqualTo("Pod");
        assertThat(progress).containsExactly("pods 1 false", "pods 2 true");
    }

    @Test
    void unauthorized_isAnEnvironmentError() {
        server.expect().get().withPath(base(LiveResource.NEEDED.get(0))).andReturn(401, "{}").always();
        assertThatThrownBy(() -> new LiveInventoryReader(client, "prod", Progress.NONE).read())
                .isInstanceOf(UserError.class).hasMessageContaining("rejected the credentials (HTTP 401)")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(3));
    }

    @Test
    void unreachableCluster_isAnEnvironmentError_exit3() {
        Config config = new ConfigBuilder().withMasterUrl("https://127.0.0.1:1").withConnectionTimeout(2000)
                .withRequestRetryBackoffLimit(0).build();
        try (KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(config).build()) {
            assertThatThrownBy(() -> new LiveInventoryReader(nowhere, "gone", Progress.NONE).read())
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("cannot reach the cluster 'gone' at https://127.0.0.1:1/: ")
                    .hasMessageEndingWith("Check --kubeconfig/--context, the VPN or proxy, and that the API server is up")
                    .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(3));
        }
    }
}
