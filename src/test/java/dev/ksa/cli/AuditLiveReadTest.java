package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.audit.AuditFixtures;
import dev.ksa.inventory.ClusterConnection;
import dev.ksa.inventory.LiveResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A live audit against an API server that says no, says it slowly, or says little: fabric8's mock
 * server with forbidden (403) and delayed endpoints. Nothing read is exit 3; a partly forbidden
 * read marks what depends on it unknown and the score partial, in every format; a slow list is
 * bounded by {@code --request-timeout}; {@code -n} lists one namespace.
 */
@EnableKubernetesMockClient
class AuditLiveReadTest {
    static KubernetesClient client;
    static KubernetesMockServer server;

    static final String EMPTY = "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}";
    static final String FORBIDDEN = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403}";
    static final String DEPLOYMENTS = "{\"kind\":\"DeploymentList\",\"apiVersion\":\"apps/v1\",\"metadata\":{},\"items\":[{\"metadata\":"
            + "{\"name\":\"web\",\"namespace\":\"shop\"},\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},"
            + "\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"web\","
            + "\"image\":\"registry.example/shop/web:1.2.3\"}]}}}}]}";

    record Run(int code, String out, String err, long millis) {}

    @BeforeEach
    void reset() {
        server.reset();
    }

    static String path(LiveResource r, String namespace) {
        String path = r.path(namespace) + "?limit=500";
        if (r.labelSelector() != null) {
            path += "&labelSelector=" + URLEncoder.encode(r.labelSelector(), StandardCharsets.UTF_8);
        }
        if (r.fieldSelector() != null) {
            path += "&fieldSelector=" + URLEncoder.encode(r.fieldSelector(), StandardCharsets.UTF_8);
        }
        return path;
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AuditCommand command = new AuditCommand(AuditFixtures::catalog, AuditFixtures.CLOCK, new ByteArrayInputStream(new byte[0]),
                (AuditCommand.Connector) (k, c, timeout) -> new ClusterConnection.Connected(
                        new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(), "mock"));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everythingForbidden_nothingCouldBeRead_exit3() {
        LiveResource.NEEDED.forEach(r -> server.expect().get().withPath(path(r, null)).andReturn(403, FORBIDDEN).always());
        Run r = run("--lang", "en");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("ksa: warning: missing permission: list pods")
                .contains("ksa: nothing could be read from cluster mock: every list was refused or failed (" + LiveResource.NEEDED.size()
                        + " kinds: nodes forbidden, pods forbidden");
    }

    @Test
    void partlyForbidden_marksDependentCategoriesUnknown_scorePartial_warningInEveryFormat() throws Exception {
        for (LiveResource r : LiveResource.NEEDED) {
            String body = r.resource().equals("deployments") ? DEPLOYMENTS : EMPTY;
            boolean forbidden = r.resource().equals("secrets") || r.resource().equals("customresourcedefinitions")
                    || r.resource().equals("daemonsets");
            server.expect().get().withPath(path(r, null)).andReturn(forbidden ? 403 : 200, forbidden ? FORBIDDEN : body).always();
        }
        Run json = run("-o", "json", "--lang", "en");
        assertThat(json.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.at("/scoreDetail/partial").asBoolean()).isTrue();
        assertThat(doc.at("/unreadable").findValuesAsText("resource")).containsExactly("secrets", "daemonsets.apps",
                "customresourcedefinitions.apiextensions.k8s.io");
        assertThat(doc.at("/coverage").findValuesAsText("status")).contains("unknown").doesNotContain("missing");
        assertThat(doc.at("/warnings").toString()).contains("missing permission: list secrets");

        Run sarif = run("-o", "sarif", "--lang", "en");
        JsonNode notifications = new ObjectMapper().readTree(sarif.out()).at("/runs/0/invocations/0/toolExecutionNotifications");
        assertThat(notifications.findValuesAsText("text")).anyMatch(t -> t.startsWith("missing permission: list daemonsets"));
        Run table = run("--lang", "en");
        assertThat(table.err()).as("stderr").doesNotContain("ksa: cannot");
        assertThat(table.out()).contains("PARTIAL: some kinds could not be read").contains("Unknown (not readable): ");
        assertThat(run("-o", "md", "--lang", "en").out()).contains("**partial**").contains("missing permission: list secrets");
        assertThat(run("-o", "html", "--lang", "en").out()).contains("missing permission: list secrets");
    }

    @Test
    void slowList_isBoundedByRequestTimeout_andTheRestIsAudited() {
        for (LiveResource r : LiveResource.NEEDED) {
            if (r.resource().equals("pods")) {
                server.expect().get().delay(20, TimeUnit.SECONDS).withPath(path(r, null)).andReturn(200, EMPTY).always();
            } else {
                server.expect().get().withPath(path(r, null)).andReturn(200, r.resource().equals("deployments") ? DEPLOYMENTS : EMPTY).always();
            }
        }
        Run r = run("--request-timeout", "1s", "-o", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.millis()).as("the read gives up the slow list after about a second").isLessThan(8_000);
        assertThat(r.err()).contains("listing pods in the cluster 'mock' got no answer within 1s (--request-timeout); Pod objects were not audited");
        assertThat(r.out()).contains("\"rule\" : \"container-without-requests\"").contains("\"partial\" : true");
    }

    @Test
    void namespaceOption_listsNamespacedKindsInThatNamespace_clusterScopedWhole() {
        for (LiveResource r : LiveResource.NEEDED) {
            String body = r.resource().equals("deployments") ? DEPLOYMENTS : EMPTY;
            server.expect().get().withPath(path(r, "shop")).andReturn(200, body).always();
        }
        Run r = run("-n", "shop", "-o", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"source\" : \"cluster mock (namespace shop)\"").contains("Deployment/shop/web");
        assertThat(LiveResource.NEEDED.stream().filter(res -> !res.namespaced()).map(LiveResource::resource))
                .containsExactlyInAnyOrder("nodes", "storageclasses", "customresourcedefinitions", "ingressclasses", "gatewayclasses");
    }

    @Test
    void namespaceAndAllNamespaces_together_exit2() {
        Run r = run("-n", "shop", "-A");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give either -n/--namespace NS or -A/--all-namespaces, not both");
    }
}
