package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.audit.AuditFixtures;
import dev.ksa.audit.AuditResult;
import dev.ksa.audit.Detection;
import dev.ksa.audit.Finding;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A live audit against fabric8's mock API server in CRUD mode, loaded with the same objects as a
 * file: the inventory, detections, coverage and findings must be the same; only where each
 * object came from differs ({@code k8s://} URIs instead of file lines).
 */
@EnableKubernetesMockClient(crud = true)
class LiveInventoryTest {
    static final String CLUSTER = AuditFixtures.ROOT + "/live/cluster.yaml";
    static KubernetesClient client;
    static KubernetesMockServer server;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(CLUSTER))) {
            for (HasMetadata object : client.load(in).items()) {
                client.resource(object).create();
            }
        }
    }

    static AuditResult live() {
        Inventory inventory = new LiveInventoryReader(client, "mock", Progress.NONE).read();
        assertThat(inventory.warnings()).isEmpty();
        return AuditFixtures.audit(inventory);
    }

    static AuditResult files() {
        return AuditFixtures.audit(AuditFixtures.read(CLUSTER));
    }

    @Test
    void liveAndFile_readTheSameObjects() {
        Inventory live = new LiveInventoryReader(client, "mock", Progress.NONE).read();
        Inventory file = AuditFixtures.read(CLUSTER);
        assertThat(live.counts()).isEqualTo(file.counts());
        assertThat(live.objects()).allSatisfy(o -> assertThat(o.location().uri()).startsWith("k8s://mock/"));
    }

    @Test
    void liveAndFile_detectTheSameComponents() {
        assertThat(detections(live())).isEqualTo(detections(files())).isNotEmpty();
    }

    @Test
    void liveAndFile_giveTheSameCoverageAndScore() {
        AuditResult live = live();
        AuditResult files = files();
        assertThat(live.coverage()).isEqualTo(files.coverage());
        assertThat(live.score()).isEqualTo(files.score());
    }

    @Test
    void liveAndFile_giveTheSameFindings() {
        List<String> live = findings(live());
        assertThat(live).isEqualTo(findings(files()));
        assertThat(live).anyMatch(f -> f.startsWith("component-end-of-life "))
                .anyMatch(f -> f.startsWith("component-deprecated "))
                .anyMatch(f -> f.startsWith("service-nodeport-with-ingress Service/shop/shop"))
                .anyMatch(f -> f.startsWith("pvc-without-storage-class "))
                .noneMatch(f -> f.startsWith("service-nodeport-with-ingress Service/ingress/"));
    }

    @Test
    void liveFindings_pointAtKubernetesUris() {
        Finding debug = live().findings().stream().filter(f -> f.rule().equals("pod-without-controller")).findFirst().orElseThrow();
        assertThat(debug.location().display()).isEqualTo("k8s://mock/shop/Pod/debug");
    }

    @Test
    void helmReleaseSecrets_areListedByLabelAndType_metadataOnly() throws Exception {
        new LiveInventoryReader(client, "mock", Progress.NONE).read(LiveResource.NEEDED.stream()
                .filter(r -> r.resource().equals("secrets")).toList());
        var request = server.getLastRequest();
        assertThat(request.getPath()).startsWith("/api/v1/secrets?limit=500&labelSelector=owner%3Dhelm&fieldSelector=type%3Dhelm.sh%2Frelease.v1");
        assertThat(request.getHeader("Accept")).startsWith("application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io");
    }

    private static List<String> detections(AuditResult r) {
        return r.detected().stream().map(LiveInventoryTest::describe).toList();
    }

    private static String describe(Detection d) {
        return d.id() + " " + d.version() + " " + d.chartVersion() + " " + d.namespace() + " " + d.evidenceCount() + " "
                + d.evidence().stream().map(e -> e.type() + ":" + e.object() + ":" + e.field() + "=" + e.value()).toList();
    }

    private static List<String> findings(AuditResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.object().display() + " " + f.severity().id() + " " + f.message().en()).toList();
    }
}
