package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.inventory.FileInventoryReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How fingerprints match what objects show, and where the version comes from. */
class DetectorTest {
    static final Catalog CATALOG = catalog("""
            - id: proxy
              category: ingress
              install: {kind: helm, version: "1.0.0"}
              fingerprints:
                images: [registry.example/proxy/controller, quay.io/example/proxy-operator]
                crdGroups: [proxies.shared.example.io]
                charts: [proxy]
                labels: [app.kubernetes.io/name=proxy]
            - id: web
              category: web-ui
              install: {kind: helm}
              fingerprints: {images: [nginx], names: [webui]}
            - id: runtime
              category: container-runtime
              install: {kind: node, version: "2.0.0"}
            - id: monitor
              category: metrics
              install: {kind: helm}
              fingerprints: {images: [quay.io/example/monitor], crdGroups: [monitoring.example.io]}
            - id: virt
              category: virtualization
              install: {kind: manifest}
              fingerprints:
                images: [quay.io/example/virt-operator, quay.io/example/virt-template, quay.io/example/config-reloader]
                crdGroups: [virt.example.io, shared-dns.example.io]
                versionFrom: [quay.io/example/virt-operator]
                supporting: [quay.io/example/config-reloader, shared-dns.example.io]
            - id: toolkit
              category: cd
              install: {kind: manifest}
              fingerprints:
                images: [ghcr.io/example/source-controller]
                labels: [app.kubernetes.io/part-of=toolkit]
                versionFrom: [app.kubernetes.io/version]
            """);

    static Catalog catalog(String yaml) {
        try {
            List<Component> components = new YAMLMapper().readValue(yaml, new TypeReference<List<Component>>() {});
            return new Catalog(components, List.of(), List.of(), List.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Detection> detect(String yaml) {
        var objects = new FileInventoryReader(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).read(List.of("-")).objects();
        return new Detector(CATALOG).detect(objects).stream().collect(Collectors.toMap(Detection::id, d -> d));
    }

    static String deployment(String name, String... images) {
        StringBuilder out = new StringBuilder("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: " + name + ", namespace: ns}\n"
                + "spec:\n  template:\n    spec:\n      containers:\n");
        for (int i = 0; i < images.length; i++) {
            out.append("        - {name: c").append(i).append(", image: \"").append(images[i]).append("\"}\n");
        }
        return out.append("---\n").toString();
    }

    @Test
    void dockerHubSpellings_areOneRepository() {
        assertThat(detect(deployment("a", "docker.io/library/nginx:1.27.3"))).containsKey("web");
        assertThat(detect(deployment("b", "index.docker.io/library/nginx:1.27.3"))).containsKey("web");
        assertThat(detect(deployment("c", "library/nginx:1.27.3")).get("web").version()).isEqualTo("1.27.3");
    }

    @Test
    void privateMirror_counts_otherPublicRegistry_doesNot() {
        assertThat(detect(deployment("m", "harbor.internal/cache/registry.example/proxy/controller:v1.2.0"))).containsKey("proxy");
        assertThat(detect(deployment("m", "harbor.internal/cache/example/proxy-operator:v9.0.0"))).containsKey("proxy");
        assertThat(detect(deployment("p", "ghcr.io/proxy/controller:v1.2.0"))).doesNotContainKey("proxy");
    }

    @Test
    void version_comesFromTheComponentsOwnImage_notItsOperator() {
        Detection proxy = detect(deployment("x", "quay.io/example/proxy-operator:v9.0.0", "registry.example/proxy/controller:v1.2.0-alpine"))
                .get("proxy");
        assertThat(proxy.version()).isEqualTo("v1.2.0");
        assertThat(proxy.primary().value()).isEqualTo("registry.example/proxy/controller:v1.2.0-alpine");
    }

    @Test
    void versionLabel_andChartLabel_whenNoImageTellsIt() {
        Detection proxy = detect("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: proxy-config
                  labels: {app.kubernetes.io/name: proxy, app.kubernetes.io/version: "1.4.2", helm.sh/chart: proxy-4.15.1}
                """).get("proxy");
        assertThat(proxy.version()).isEqualTo("1.4.2");
        assertThat(proxy.chartVersion()).isEqualTo("4.15.1");
        assertThat(proxy.evidence()).extracting(Evidence::type).containsExactly("chart", "label");
    }

    @Test
    void crdEntry_mayNameOneCrd() {
        assertThat(detect("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: proxies.shared.example.io}\n"
                + "spec: {group: shared.example.io}\n")).containsKey("proxy");
        assertThat(detect("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: workflows.shared.example.io}\n"
                + "spec: {group: shared.example.io}\n")).doesNotContainKey("proxy");
    }

    @Test
    void customResourcesAlone_doNotMakeADetection() {
        String serviceMonitor = "apiVersion: monitoring.example.io/v1\nkind: ServiceMonitor\nmetadata: {name: app, namespace: ns}\nspec: {}\n---\n";
        assertThat(detect(serviceMonitor)).doesNotContainKey("monitor");
        Detection monitor = detect(serviceMonitor + deployment("monitor", "quay.io/example/monitor:v0.9.0")).get("monitor");
        assertThat(monitor.evidence()).extracting(Evidence::type).containsExactly("image", "custom-resource");
    }

    @Test
    void helmReleaseSecret_isEvidenceByItsLabels() {
        Detection proxy = detect("apiVersion: v1\nkind: Secret\nmetadata: {name: sh.helm.release.v1.proxy.v2, namespace: ns,"
                + " labels: {owner: helm, name: proxy, version: '2'}}\ntype: helm.sh/release.v1\n").get("proxy");
        assertThat(proxy.evidence()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("helm-release");
            assertThat(e.field()).isEqualTo("metadata.labels.name");
        });
    }

    @Test
    void nodeRuntime_detectsTheNodeComponent() {
        Detection runtime = detect("apiVersion: v1\nkind: Node\nmetadata: {name: n1}\n"
                + "status: {nodeInfo: {containerRuntimeVersion: 'runtime://2.1.4'}}\n").get("runtime");
        assertThat(runtime.version()).isEqualTo("2.1.4");
    }

    @Test
    void workloadName_isEvidence() {
        assertThat(detect(deployment("webui", "example/unknown:1.0.0")).get("web").evidence())
                .extracting(Evidence::type).containsExactly("name");
    }

    @Test
    void imageOutsideVersionFrom_identifiesTheComponent_butDoesNotNameItsVersion() {
        Detection alone = detect(deployment("t", "quay.io/example/virt-template:v0.2.2")).get("virt");
        assertThat(alone.version()).isNull();
        Detection both = detect(deployment("t", "quay.io/example/virt-template:v0.2.2") + deployment("o", "quay.io/example/virt-operator:v1.9.0"))
                .get("virt");
        assertThat(both.version()).isEqualTo("v1.9.0");
    }

    @Test
    void supportingFingerprints_aloneDetectNothing_butAddEvidence() {
        String crd = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: records.shared-dns.example.io}\n"
                + "spec: {group: shared-dns.example.io}\n---\n";
        assertThat(detect(crd + deployment("other", "docker.io/acme/app:1.0.0", "quay.io/example/config-reloader:v0.81.0")))
                .doesNotContainKey("virt");
        Detection virt = detect(crd + deployment("o", "quay.io/example/virt-operator:v1.9.0", "quay.io/example/config-reloader:v0.81.0"))
                .get("virt");
        assertThat(virt.version()).isEqualTo("v1.9.0");
        assertThat(virt.evidence()).extracting(Evidence::value)
                .containsExactly("quay.io/example/virt-operator:v1.9.0", "quay.io/example/config-reloader:v0.81.0", "shared-dns.example.io");
    }

    @Test
    void developmentTags_leaveTheVersionUnknown() {
        assertThat(detect(deployment("x", "registry.example/proxy/controller:dev")).get("proxy").version()).isNull();
        assertThat(detect("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {app.kubernetes.io/name: proxy, app.kubernetes.io/version: devel}}\n")
                .get("proxy").version()).isNull();
    }

    @Test
    void versionFromTheLabel_whenEveryControllerHasItsOwnRelease() {
        Detection toolkit = detect("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: source-controller, namespace: ns, labels: {app.kubernetes.io/part-of: toolkit, app.kubernetes.io/version: v2.9.4}}
                spec: {template: {spec: {containers: [{name: manager, image: "ghcr.io/example/source-controller:v1.9.4"}]}}}
                """).get("toolkit");
        assertThat(toolkit.version()).isEqualTo("v2.9.4");
    }
}
