package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditionDiffTest {
    private final Catalog catalog = Catalog.load();

    private EditionDiff diff(String from, String to) {
        return EditionDiff.between(catalog, catalog.edition(from), catalog.edition(to));
    }

    @Test
    void diff_2023to2026_listsWhatTheTwoTextsImply() {
        EditionDiff d = diff("2023", "2026");
        assertThat(d.added()).containsExactlyInAnyOrder("opensearch", "tempo", "pyroscope", "strimzi", "clickhouse", "falco",
                "kubevirt", "teleport", "keycloak", "cilium", "headlamp", "opentelemetry", "terraform");
        assertThat(d.removed()).containsExactlyInAnyOrder("karmada", "openlens", "elasticsearch", "kibana");
        assertThat(d.replaced()).containsExactlyInAnyOrder(
                new EditionDiff.Replacement("openlens", "headlamp", "web-ui"),
                new EditionDiff.Replacement("elasticsearch", "opensearch", "logs"));
        assertThat(d.kept()).contains("helm", "haproxy", "calico", "metallb", "ingress-nginx", "k8gb", "istio", "argo-cd",
                "harbor", "rook", "ceph", "velero", "kubeflow", "knative", "vault", "docker", "containerd", "fluent-bit",
                "prometheus", "grafana", "kubeadm", "kubespray", "github-actions", "jenkins", "gitlab");
    }

    @Test
    void diff_2023to2026_carriesThe2026Marks() {
        assertThat(diff("2023", "2026").marks()).extracting(m -> m.id() + ":" + m.mark().id()).containsExactlyInAnyOrder(
                "lens:deleted", "jaeger:deleted", "kibana:deleted", "elasticsearch:deleted", "ingress-nginx:caution",
                "headlamp:changed", "strimzi:added", "clickhouse:added", "opensearch:added", "tempo:changed", "pyroscope:added");
    }

    @Test
    void diff_2025to2026_replacesJaegerWithTempoAndLensWithHeadlamp() {
        EditionDiff d = diff("2025", "2026");
        assertThat(d.replaced()).contains(new EditionDiff.Replacement("jaeger", "tempo", "traces"),
                new EditionDiff.Replacement("lens", "headlamp", "web-ui"), new EditionDiff.Replacement("elasticsearch", "opensearch", "logs"));
        assertThat(d.removed()).containsExactlyInAnyOrder("lens", "jaeger", "kibana", "elasticsearch");
    }

    @Test
    void diff_2024to2025_replacesTraceeWithFalco() {
        EditionDiff d = diff("2024", "2025");
        assertThat(d.replaced()).contains(new EditionDiff.Replacement("tracee", "falco", "runtime-security"),
                new EditionDiff.Replacement("openlens", "lens", "web-ui"));
        assertThat(d.removed()).containsExactlyInAnyOrder("kyverno", "trivy", "tracee", "openlens");
        assertThat(d.marks()).extracting(m -> m.id() + ":" + m.mark().id()).containsExactlyInAnyOrder(
                "kyverno:deleted", "trivy:deleted", "tracee:deleted", "teleport:added", "lens:changed", "kubevirt:added", "falco:changed");
    }

    @Test
    void diff_ofAnEditionWithItself_isEmpty() {
        EditionDiff d = diff("2026", "2026");
        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).isEmpty();
        assertThat(d.replaced()).isEmpty();
        assertThat(d.kept()).hasSize(catalog.edition("2026").componentIds().size());
    }
}
