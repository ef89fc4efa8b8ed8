package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import dev.ksa.testing.Upstream;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every component with manifests in {@code ../shared/upstream} is detected from them, with the
 * version those files run, using the shipped catalog's fingerprints. A failure here usually means
 * a fingerprint in {@code catalog/components/<id>.yaml} is missing or wrong.
 */
class UpstreamDetectionTest {

    /** A version of null: the files carry none (CRDs only, or an unversioned development build). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("rendered/argo-cd.yaml", "argo-cd", "v3.4.4"),
                Arguments.of("argo-cd/manifests/install.yaml", "argo-cd", "v3.4.4"),
                Arguments.of("argo-cd/manifests/ha/install.yaml", "argo-cd", "v3.4.4"),
                Arguments.of("calico/manifests/calico.yaml", "calico", "v3.32.1"),
                Arguments.of("rendered/cert-manager.yaml", "cert-manager", "v1.21.1"),
                Arguments.of("cert-manager/deploy/crds", "cert-manager", null),
                Arguments.of("rendered/cilium.yaml", "cilium", "v1.20.0"),
                Arguments.of("clickhouse/deploy/operator/clickhouse-operator-install-bundle.yaml", "clickhouse", "0.25.6"),
                Arguments.of("rendered/external-dns.yaml", "external-dns", "v0.21.0"),
                Arguments.of("rendered/falco.yaml", "falco", "0.44.1"),
                Arguments.of("rendered/fluent-bit.yaml", "fluent-bit", "5.1.1"),
                Arguments.of("flux/source-controller/config/crd/bases", "flux", null),
                Arguments.of("gatekeeper/deploy/gatekeeper.yaml", "gatekeeper", "v3.23.0"),
                Arguments.of("rendered/grafana.yaml", "grafana", "13.2.0"),
                Arguments.of("rendered/harbor.yaml", "harbor", "dev"),
                Arguments.of("rendered/headlamp.yaml", "headlamp", "v0.45.0"),
                Arguments.of("rendered/ingress-nginx.yaml", "ingress-nginx", "v1.15.1"),
                Arguments.of("ingress-nginx/deploy/static/provider/baremetal/deploy.yaml", "ingress-nginx", "v1.15.1"),
                Arguments.of("ingress-nginx/deploy/static/provider/cloud/deploy.yaml", "ingress-nginx", "v1.15.1"),
                Arguments.of("rendered/istiod.yaml", "istio", "1.0.0"),
                Arguments.of("rendered/istio-base.yaml", "istio", "1.0.0"),
                Arguments.of("rendered/jaeger.yaml", "jaeger", "2.19.0"),
                Arguments.of("rendered/jenkins.yaml", "jenkins", "2.568.2"),
                Arguments.of("rendered/k8gb.yaml", "k8gb", "v0.21.0-rc4"),
                Arguments.of("karmada/charts/karmada/_crds/bases", "karmada", null),
                Arguments.of("keycloak/kubernetes/kubernetes.yml", "keycloak", "26.0.0"),
                Arguments.of("rendered/kube-prometheus-stack.yaml", "prometheus", "v3.14.0"),
                Arguments.of("rendered/kube-prometheus-stack.yaml", "grafana", "13.2.0"),
                Arguments.of("kube-prometheus/manifests", "prometheus", "v3.13.2"),
                Arguments.of("kube-prometheus/manifests", "grafana", "13.1.3"),
                Arguments.of("kubeflow/applications/centraldashboard/upstream/base", "kubeflow", null),
                Arguments.of("rendered/kyverno.yaml", "kyverno", "v1.19.0"),
                Arguments.of("rendered/loki.yaml", "loki", "3.7.6"),
                Arguments.of("longhorn/deploy/longhorn.yaml", "longhorn", "v1.12.1"),
                Arguments.of("rendered/metallb.yaml", "metallb", "v0.16.1"),
                Arguments.of("metallb/config/manifests/metallb-native.yaml", "metallb", "v0.16.1"),
                Arguments.of("rendered/opensearch.yaml", "opensearch", "3.6.0"),
                Arguments.of("rendered/opensearch-dashboards.yaml", "opensearch", "3.6.0"),
                Arguments.of("rendered/opentelemetry-collector.yaml", "opentelemetry", "0.158.0"),
                Arguments.of("pyroscope/operations/pyroscope/helm/pyroscope/rendered", "pyroscope", "2.2.1"),
                Arguments.of("rook-ceph/deploy/examples/operator.yaml", "rook", "v1.20.6"),
                Arguments.of("rook-ceph/deploy/examples/cluster.yaml", "ceph", "v20.2.4"),
                Arguments.of("strimzi/packaging/install/cluster-operator", "strimzi", "1.2.0"),
                Arguments.of("rendered/tempo.yaml", "tempo", "2.10.8"),
                Arguments.of("rendered/vault.yaml", "vault", "2.0.4"),
                Arguments.of("rendered/velero.yaml", "velero", "v1.18.1"));
    }

    @ParameterizedTest(name = "{1} from {0} runs {2}")
    @MethodSource("cases")
    void component_isDetectedWithItsVersion(String file, String id, String version) {
        Path path = Upstream.require(file);
        Catalog catalog = Catalog.load();
        assertThat(catalog.find(id)).as("catalog/components/%s.yaml exists", id).isPresent();
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(List.of(path.toString()));
        List<Detection> detections = new Detector(catalog).detect(inventory.objects());
        Optional<Detection> found = detections.stream().filter(d -> d.id().equals(id)).findFirst();
        assertThat(found).as("%s detected in %s (detected: %s)", id, file, detections.stream().map(Detection::id).toList()).isPresent();
        if (version != null) {
            assertThat(found.get().version()).as("version of %s in %s (evidence: %s)", id, file, found.get().evidence()).isEqualTo(version);
        }
        assertThat(found.get().evidence()).allSatisfy(e -> assertThat(e.location().file()).startsWith(path.toString()));
    }

    @ParameterizedTest(name = "nothing of the standard architecture in {0}")
    @MethodSource("applications")
    void application_detectsNoPlatformComponent(String file) {
        Path path = Upstream.require(file);
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(List.of(path.toString()));
        assertThat(new Detector(Catalog.load()).detect(inventory.objects())).isEmpty();
    }

    static Stream<String> applications() {
        return Stream.of("microservices-demo/release/kubernetes-manifests.yaml", "microservices-demo/kubernetes-manifests");
    }
}
