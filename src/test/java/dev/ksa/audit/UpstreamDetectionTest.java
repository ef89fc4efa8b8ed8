package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import dev.ksa.testing.Upstream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every component with manifests in {@code ../shared/upstream} is detected from them, with the
 * version those files run, using the shipped catalog's fingerprints. A failure here usually means
 * a fingerprint in {@code catalog/components/<id>.yaml} is missing or wrong.
 */
class UpstreamDetectionTest {
    static final Catalog CATALOG = Catalog.load();

    /**
     * A version of null: the files carry none. CRDs only; {@code :latest} or development tags
     * ({@code dev}, {@code devel}, {@code ko://} references); or, for KubeVirt at v1.9.0, only the
     * embedded virt-template operator, whose v0.2.2 is its own release and not KubeVirt's.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("rendered/argo-cd.yaml", "argo-cd", "v3.4.4"),
                Arguments.of("argo-cd/manifests/install.yaml", "argo-cd", "v3.4.4"),
                Arguments.of("argo-cd/manifests/ha/install.yaml", "argo-cd", "v3.4.4"),
                Arguments.of("argo-cd", "argo-cd", "v3.4.4"),
                Arguments.of("calico/manifests/calico.yaml", "calico", "v3.32.1"),
                // The operator's own v1.42.3 is not Calico's version; the operator alone says none.
                Arguments.of("calico/manifests/tigera-operator.yaml", "calico", null),
                Arguments.of("calico", "calico", "v3.32.1"),
                Arguments.of("rendered/cert-manager.yaml", "cert-manager", "v1.21.1"),
                Arguments.of("cert-manager/deploy/crds", "cert-manager", null),
                Arguments.of("rendered/cilium.yaml", "cilium", "v1.20.0"),
                Arguments.of("clickhouse/deploy/operator/clickhouse-operator-install-bundle.yaml", "clickhouse", "0.25.6"),
                Arguments.of("clickhouse", "clickhouse", "0.25.6"),
                Arguments.of("eck", "elasticsearch", null),
                Arguments.of("eck", "kibana", null),
                Arguments.of("rendered/external-dns.yaml", "external-dns", "v0.21.0"),
                // The kustomize base leaves the tag to kustomization.yaml's images: transformer.
                Arguments.of("external-dns/kustomize", "external-dns", null),
                Arguments.of("rendered/falco.yaml", "falco", "0.44.1"),
                Arguments.of("rendered/fluent-bit.yaml", "fluent-bit", "5.1.1"),
                Arguments.of("flux/source-controller/config/crd/bases", "flux", null),
                Arguments.of("flux", "flux", null),
                Arguments.of("gatekeeper/deploy/gatekeeper.yaml", "gatekeeper", "v3.23.0"),
                Arguments.of("gatekeeper", "gatekeeper", "v3.23.0"),
                Arguments.of("rendered/grafana.yaml", "grafana", "13.2.0"),
                // Rendered from harbor-helm main: chart 1.4.0-dev, every image tagged "dev".
                Arguments.of("rendered/harbor.yaml", "harbor", null),
                Arguments.of("rendered/headlamp.yaml", "headlamp", "v0.45.0"),
                Arguments.of("headlamp", "headlamp", null),
                Arguments.of("rendered/ingress-nginx.yaml", "ingress-nginx", "v1.15.1"),
                Arguments.of("ingress-nginx/deploy/static/provider/baremetal/deploy.yaml", "ingress-nginx", "v1.15.1"),
                Arguments.of("ingress-nginx/deploy/static/provider/cloud/deploy.yaml", "ingress-nginx", "v1.15.1"),
                Arguments.of("ingress-nginx", "ingress-nginx", "v1.15.1"),
                // istio/istio master: chart and labels 1.0.0, images :latest.
                Arguments.of("rendered/istiod.yaml", "istio", "1.0.0"),
                Arguments.of("rendered/istio-base.yaml", "istio", "1.0.0"),
                Arguments.of("istio", "istio", null),
                Arguments.of("rendered/jaeger.yaml", "jaeger", "2.19.0"),
                Arguments.of("rendered/jenkins.yaml", "jenkins", "2.568.2"),
                Arguments.of("rendered/k8gb.yaml", "k8gb", "v0.21.0-rc4"),
                Arguments.of("k8gb", "k8gb", null),
                Arguments.of("karmada/charts/karmada/_crds/bases", "karmada", null),
                Arguments.of("karmada", "karmada", null),
                Arguments.of("keycloak/kubernetes/kubernetes.yml", "keycloak", "26.0.0"),
                Arguments.of("keycloak", "keycloak", "26.0.0"),
                Arguments.of("knative", "knative", null),
                Arguments.of("rendered/kube-prometheus-stack.yaml", "prometheus", "v3.14.0"),
                Arguments.of("rendered/kube-prometheus-stack.yaml", "grafana", "13.2.0"),
                Arguments.of("kube-prometheus-stack", "prometheus", null),
                Arguments.of("kube-prometheus/manifests", "prometheus", "v3.13.2"),
                Arguments.of("kube-prometheus/manifests", "grafana", "13.1.3"),
                Arguments.of("kubeflow/applications/centraldashboard/upstream/base", "kubeflow", null),
                Arguments.of("kubeflow", "kubeflow", null),
                // Kubeflow 26.03 bundles Knative Serving's release manifests (images by digest, labelled 1.21.1).
                Arguments.of("kubeflow", "knative", "1.21.1"),
                Arguments.of("kubevirt", "kubevirt", null),
                Arguments.of("rendered/kyverno.yaml", "kyverno", "v1.19.0"),
                Arguments.of("kyverno", "kyverno", null),
                Arguments.of("rendered/loki.yaml", "loki", "3.7.6"),
                Arguments.of("longhorn/deploy/longhorn.yaml", "longhorn", "v1.12.1"),
                Arguments.of("longhorn", "longhorn", "v1.12.1"),
                Arguments.of("rendered/metallb.yaml", "metallb", "v0.16.1"),
                Arguments.of("metallb/config/manifests/metallb-native.yaml", "metallb", "v0.16.1"),
                Arguments.of("metallb/config/manifests/metallb-frr-k8s.yaml", "metallb", "v0.16.1"),
                Arguments.of("metallb", "metallb", "v0.16.1"),
                Arguments.of("rendered/opensearch.yaml", "opensearch", "3.6.0"),
                Arguments.of("rendered/opensearch-dashboards.yaml", "opensearch", "3.6.0"),
                Arguments.of("rendered/opentelemetry-collector.yaml", "opentelemetry", "0.158.0"),
                Arguments.of("opentelemetry", "opentelemetry", null),
                Arguments.of("pyroscope/operations/pyroscope/helm/pyroscope/rendered", "pyroscope", "2.2.1"),
                Arguments.of("pyroscope", "pyroscope", "2.2.1"),
                Arguments.of("rook-ceph/deploy/examples/operator.yaml", "rook", "v1.20.6"),
                Arguments.of("rook-ceph/deploy/examples/cluster.yaml", "ceph", "v20.2.4"),
                Arguments.of("rook-ceph", "rook", "v1.20.6"),
                Arguments.of("rook-ceph", "ceph", "v20.2.4"),
                Arguments.of("strimzi/packaging/install/cluster-operator", "strimzi", "1.2.0"),
                Arguments.of("strimzi", "strimzi", "1.2.0"),
                // strimzi main: operator image :latest, chart 0.1.1 (a placeholder).
                Arguments.of("rendered/strimzi.yaml", "strimzi", null),
                Arguments.of("rendered/tempo.yaml", "tempo", "2.10.8"),
                Arguments.of("rendered/vault.yaml", "vault", "2.0.4"),
                Arguments.of("rendered/velero.yaml", "velero", "v1.18.1"),
                Arguments.of("velero", "velero", null));
    }

    @ParameterizedTest(name = "{1} from {0} runs {2}")
    @MethodSource("cases")
    void component_isDetectedWithItsVersion(String file, String id, String version) {
        Path path = Upstream.require(file);
        assertThat(CATALOG.find(id)).as("catalog/components/%s.yaml exists", id).isPresent();
        List<Detection> detections = detect(path);
        Optional<Detection> found = detections.stream().filter(d -> d.id().equals(id)).findFirst();
        assertThat(found).as("%s detected in %s (detected: %s)", id, file, detections.stream().map(Detection::id).toList()).isPresent();
        assertThat(found.get().version()).as("version of %s in %s (evidence: %s)", id, file, found.get().evidence()).isEqualTo(version);
        assertThat(found.get().evidence()).allSatisfy(e -> assertThat(e.location().file()).startsWith(path.toString()));
    }

    /**
     * What each upstream folder and rendered chart is allowed to show: its own components and
     * those it really deploys. A folder of chart values only shows nothing (values are not
     * objects); an application shows nothing of the standard architecture.
     */
    static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("argo-cd", Set.of("argo-cd")),
            Map.entry("calico", Set.of("calico")),
            Map.entry("cert-manager", Set.of("cert-manager")),
            // The offline chart library: 46 Helm charts. ksa reads a chart folder without its templates (Go
            // templates, not manifests; the rendered charts are checked under rendered/): what remains are the
            // CRDs of crds/ folders and of files the templates read (Istio's files/crd-all.gen.yaml). These are
            // the components those CRDs belong to; charts that ship CRDs from templates/ (Argo CD, cert-manager)
            // show nothing here.
            Map.entry("charts", Set.of("clickhouse", "envoy-gateway", "gatekeeper", "istio", "k8gb", "karmada", "nginx-gateway-fabric",
                    "prometheus", "strimzi", "teleport", "tracee", "traefik", "velero")),
            Map.entry("cilium", Set.of()),
            Map.entry("clickhouse", Set.of("clickhouse")),
            Map.entry("eck", Set.of("elasticsearch", "kibana")),
            Map.entry("external-dns", Set.of("external-dns")),
            Map.entry("falco", Set.of()),
            Map.entry("fluent-bit", Set.of()),
            Map.entry("flux", Set.of("flux")),
            Map.entry("gatekeeper", Set.of("gatekeeper")),
            Map.entry("grafana", Set.of()),
            Map.entry("grafana-dashboards", Set.of()),
            // kubeadm's and the kubelet's configuration API types (Go) and docs, a Terraform EKS module:
            // no Kubernetes objects at all, so nothing can be detected (ksa audit exits 3 on them).
            Map.entry("kubeadm", Set.of()),
            Map.entry("kubelet", Set.of()),
            Map.entry("terraform-eks", Set.of()),
            // kubeadm's static Pods for HAProxy and keepalived in front of the API servers: HAProxy is an
            // external component (install kind external), recognised from no cluster object.
            Map.entry("haproxy-keepalived", Set.of()),
            Map.entry("harbor", Set.of()),
            // kubernetes-headlamp-monitoring.yaml is a sample stack that runs Jaeger, a collector and Prometheus.
            Map.entry("headlamp", Set.of("headlamp", "jaeger", "opentelemetry", "prometheus")),
            Map.entry("ingress-nginx", Set.of("ingress-nginx")),
            Map.entry("istio", Set.of("istio")),
            Map.entry("jaeger", Set.of()),
            Map.entry("jenkins", Set.of()),
            // The chart bundles external-dns's DNSEndpoint CRD; that alone is not external-dns running.
            Map.entry("k8gb", Set.of("k8gb")),
            Map.entry("karmada", Set.of("karmada")),
            Map.entry("keycloak", Set.of("keycloak")),
            Map.entry("knative", Set.of("knative")),
            Map.entry("kube-prometheus", Set.of("prometheus", "grafana")),
            Map.entry("kube-prometheus-stack", Set.of("prometheus")),
            // Kubeflow deploys Knative Serving; its Dex is not Argo CD's.
            Map.entry("kubeflow", Set.of("kubeflow", "knative")),
            Map.entry("kubespray", Set.of()),
            Map.entry("kubevirt", Set.of("kubevirt")),
            Map.entry("kyverno", Set.of("kyverno")),
            Map.entry("loki", Set.of()),
            Map.entry("longhorn", Set.of("longhorn")),
            Map.entry("metallb", Set.of("metallb")),
            Map.entry("microservices-demo", Set.of()),
            Map.entry("opensearch", Set.of()),
            Map.entry("opentelemetry", Set.of("opentelemetry")),
            Map.entry("prometheus-rules", Set.of()),
            // Alloy's prometheus-config-reloader sidecar is not Prometheus.
            Map.entry("pyroscope", Set.of("pyroscope")),
            Map.entry("rook-ceph", Set.of("rook", "ceph")),
            Map.entry("strimzi", Set.of("strimzi")),
            Map.entry("teleport", Set.of()),
            Map.entry("vault", Set.of()),
            Map.entry("velero", Set.of("velero")),
            Map.entry("rendered/argo-cd.yaml", Set.of("argo-cd")),
            Map.entry("rendered/cert-manager.yaml", Set.of("cert-manager")),
            Map.entry("rendered/cilium.yaml", Set.of("cilium")),
            Map.entry("rendered/external-dns.yaml", Set.of("external-dns")),
            Map.entry("rendered/falco.yaml", Set.of("falco")),
            Map.entry("rendered/fluent-bit.yaml", Set.of("fluent-bit")),
            Map.entry("rendered/grafana.yaml", Set.of("grafana")),
            Map.entry("rendered/harbor.yaml", Set.of("harbor")),
            Map.entry("rendered/headlamp.yaml", Set.of("headlamp")),
            Map.entry("rendered/ingress-nginx.yaml", Set.of("ingress-nginx")),
            Map.entry("rendered/istio-base.yaml", Set.of("istio")),
            Map.entry("rendered/istiod.yaml", Set.of("istio")),
            Map.entry("rendered/jaeger.yaml", Set.of("jaeger")),
            Map.entry("rendered/jenkins.yaml", Set.of("jenkins")),
            Map.entry("rendered/k8gb.yaml", Set.of("k8gb")),
            Map.entry("rendered/kube-prometheus-stack.yaml", Set.of("prometheus", "grafana")),
            Map.entry("rendered/kyverno.yaml", Set.of("kyverno")),
            // Loki's k8s-sidecar (kiwigrid) is used by many charts; it is not Jenkins.
            Map.entry("rendered/loki.yaml", Set.of("loki")),
            Map.entry("rendered/metallb.yaml", Set.of("metallb")),
            Map.entry("rendered/opensearch.yaml", Set.of("opensearch")),
            Map.entry("rendered/opensearch-dashboards.yaml", Set.of("opensearch")),
            Map.entry("rendered/opentelemetry-collector.yaml", Set.of("opentelemetry")),
            Map.entry("rendered/strimzi.yaml", Set.of("strimzi")),
            Map.entry("rendered/tempo.yaml", Set.of("tempo")),
            Map.entry("rendered/vault.yaml", Set.of("vault")),
            Map.entry("rendered/velero.yaml", Set.of("velero")),
            Map.entry("microservices-demo/release/kubernetes-manifests.yaml", Set.of()),
            Map.entry("microservices-demo/release/istio-manifests.yaml", Set.of()),
            Map.entry("microservices-demo/kubernetes-manifests", Set.of()));

    static Stream<Arguments> folders() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} shows exactly {1}")
    @MethodSource("folders")
    void upstreamFolder_detectsOnlyWhatItDeploys(String file, Set<String> expected) {
        List<String> detected = detect(Upstream.require(file)).stream().map(Detection::id).toList();
        assertThat(detected).as("components detected in %s", file).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A chart folder given to the audit: templates left out with one warning saying how to render them; its crds/ read. */
    @Test
    void chartFolder_readsCrdsOnly_andSaysHowToRenderTheTemplates() {
        Path chart = Upstream.require("charts/velero");
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(List.of(chart.toString()));
        assertThat(inventory.warnings()).contains(chart + ": a Helm chart; its templates were not audited."
                + " Render it first: helm template NAME " + chart + " | ksa audit -f -");
        assertThat(inventory.objects()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo("CustomResourceDefinition");
            assertThat(o.location().file()).contains("/crds/");
        });
    }

    @Test
    void everyUpstreamFolder_andRenderedChart_hasItsExpectedSet() throws IOException {
        Path root = Upstream.require(".");
        List<String> listed = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.equals("rendered")).forEach(listed::add);
        }
        try (Stream<Path> rendered = Files.list(root.resolve("rendered"))) {
            rendered.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> listed.add("rendered/" + n));
        }
        assertThat(EXPECTED.keySet()).as("add new upstream folders to UpstreamDetectionTest.EXPECTED").containsAll(listed);
    }

    /**
     * In a cluster virt-operator runs next to the virt-template operator it deploys; the version is
     * KubeVirt's own (v1.9.0), never the sub-operator's v0.2.2.
     */
    @Test
    void kubevirt_inAClusterWithItsOperator_takesTheVersionOfItsOwnImages() throws IOException {
        Path embedded = Upstream.require("kubevirt/pkg/virt-operator/resource/generate/components/data/virt-template/install-virt-operator.yaml");
        String operator = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: virt-operator, namespace: kubevirt, labels: {kubevirt.io: virt-operator}}
                spec:
                  template:
                    spec:
                      containers:
                        - {name: virt-operator, image: "quay.io/kubevirt/virt-operator:v1.9.0"}
                ---
                """;
        String dump = operator + Files.readString(embedded);
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8))).read(List.of("-"));
        Detection kubevirt = new Detector(Catalog.load()).detect(inventory.objects()).stream()
                .filter(d -> d.id().equals("kubevirt")).findFirst().orElseThrow();
        assertThat(kubevirt.version()).isEqualTo("v1.9.0");
    }

    private static List<Detection> detect(Path path) {
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(List.of(path.toString()));
        return new Detector(CATALOG).detect(inventory.objects());
    }
}
