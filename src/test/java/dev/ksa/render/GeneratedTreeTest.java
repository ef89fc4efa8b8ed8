package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the issue asks of the generated repository, checked on every example. */
class GeneratedTreeTest {
    static final ObjectMapper YAML = new YAMLMapper();

    static List<String> examples() {
        return Examples.ALL;
    }

    static List<JsonNode> documents(String text) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(text)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) {
                    docs.add(n);
                }
            }
        }
        return docs;
    }

    @ParameterizedTest(name = "{0}: one Application per chart release with the catalog's pinned chart and the plan's wave")
    @MethodSource("examples")
    void everyInClusterComponent_hasItsApplication(String example) throws Exception {
        var plan = Examples.plan(example);
        FileTree tree = Examples.tree(example);
        for (PlannedComponent p : plan.inCluster()) {
            var component = dev.ksa.catalog.Catalog.load().component(p.id());
            List<String> names = component.install().charts().isEmpty() ? List.of(p.id())
                    : component.install().charts().stream().map(dev.ksa.catalog.Chart::release).toList();
            for (String name : names) {
                String file = tree.get("apps/" + name + ".yaml");
                assertThat(file).as("apps/%s.yaml of %s", name, p.id()).isNotNull();
                JsonNode app = documents(file).get(0);
                assertThat(app.path("kind").asText()).isEqualTo("Application");
                String owner = app.at("/metadata/labels/ksa.dev~1component").asText();
                assertThat(app.at("/metadata/annotations/argocd.argoproj.io~1sync-wave").asText())
                        .as("a release two components share (an operator chart) syncs at the earlier one's wave")
                        .isEqualTo(String.valueOf(plan.component(owner).orElseThrow().wave()));
                assertThat(plan.component(owner).orElseThrow().wave()).isLessThanOrEqualTo(p.wave());
                assertThat(app.at("/spec/syncPolicy/syncOptions").toString()).contains("CreateNamespace=true");
            }
            for (var chart : component.install().charts()) {
                JsonNode app = documents(tree.get("apps/" + chart.release() + ".yaml")).get(0);
                JsonNode source = app.at("/spec/sources/0");
                assertThat(source.path("chart").asText()).isEqualTo(chart.chart());
                assertThat(source.path("targetRevision").asText()).isEqualTo(chart.version());
                assertThat(app.at("/spec/sources/0/helm/valueFiles/0").asText()).isEqualTo("$values/values/" + chart.release() + ".yaml");
                assertThat(tree.get("values/" + chart.release() + ".yaml")).isNotNull();
                if (component.install().serverSideApply()) {
                    assertThat(app.at("/spec/syncPolicy/syncOptions").toString()).contains("ServerSideApply=true");
                }
            }
        }
    }

    @Test
    void grafana_getsADatasourcePerPlannedBackend_withInClusterUrls() throws Exception {
        JsonNode values = documents(Examples.tree("on-prem-minimal").get("values/grafana.yaml")).get(0);
        Map<String, String> urls = new java.util.TreeMap<>();
        values.at("/datasources/datasources.yaml/datasources").forEach(d -> urls.put(d.path("type").asText(), d.path("url").asText()));
        assertThat(urls).containsEntry("prometheus", "http://kube-prometheus-stack-prometheus.monitoring.svc:9090")
                .containsEntry("grafana-opensearch-datasource", "https://opensearch-cluster-master.logging.svc:9200")
                .containsEntry("tempo", "http://tempo.monitoring.svc:3200")
                .containsEntry("grafana-pyroscope-datasource", "http://pyroscope.monitoring.svc:4040");
    }

    @Test
    void licenseRestricted_wiresZipkinAndNoGrafana() throws Exception {
        FileTree tree = Examples.tree("license-restricted");
        assertThat(tree.get("values/grafana.yaml")).isNull();
        assertThat(tree.get("values/opentelemetry-collector.yaml")).contains("zipkin:").contains("http://zipkin.tracing.svc:9411/api/v2/spans");
    }

    @Test
    void fluentBit_shipsToThePlannedLogBackend() {
        assertThat(Examples.tree("on-prem-minimal").get("values/fluent-bit.yaml")).contains("Name            opensearch")
                .contains("opensearch-cluster-master.logging.svc");
    }

    @Test
    void opentelemetry_exportsToTheTraceAndMetricsBackends() throws Exception {
        JsonNode values = documents(Examples.tree("on-prem-minimal").get("values/opentelemetry-collector.yaml")).get(0);
        assertThat(values.at("/config/exporters/otlp~1tempo/endpoint").asText()).isEqualTo("tempo.monitoring.svc:4317");
        assertThat(values.at("/config/exporters/otlphttp~1prometheus/endpoint").asText())
                .as("the k8s distribution of the collector has no remote-write exporter: metrics go over OTLP")
                .isEqualTo("http://kube-prometheus-stack-prometheus.monitoring.svc:9090/api/v1/otlp");
        assertThat(values.at("/config/service/pipelines/metrics/exporters/0").asText()).isEqualTo("otlphttp/prometheus");
        assertThat(documents(Examples.tree("on-prem-minimal").get("values/kube-prometheus-stack.yaml")).get(0)
                .at("/prometheus/prometheusSpec/enableOTLPReceiver").asBoolean()).isTrue();
    }

    @Test
    void velero_backsUpToTheCephObjectStore_onPrem_andToS3_onAws() throws Exception {
        JsonNode onPrem = documents(Examples.tree("on-prem-minimal").get("values/velero.yaml")).get(0);
        assertThat(onPrem.at("/configuration/backupStorageLocation/0/config/s3Url").asText()).isEqualTo("http://rook-ceph-rgw-ceph-objectstore.rook-ceph.svc:80");
        assertThat(Examples.tree("on-prem-minimal").get("platform/velero/bucket.yaml")).contains("ObjectBucketClaim").contains("storageClassName: ceph-bucket");
        JsonNode aws = documents(Examples.tree("aws").get("values/velero.yaml")).get(0);
        assertThat(aws.at("/configuration/backupStorageLocation/0/config/region").asText()).isEqualTo("ap-northeast-2");
    }

    @Test
    void harbor_usesThePlannedStorageClass_withTrivy() throws Exception {
        JsonNode harbor = documents(Examples.tree("on-prem-minimal").get("values/harbor.yaml")).get(0);
        assertThat(harbor.at("/persistence/persistentVolumeClaim/registry/storageClass").asText()).isEqualTo("ceph-block");
        assertThat(harbor.at("/trivy/enabled").asBoolean()).isTrue();
        JsonNode aws = documents(Examples.tree("aws").get("values/harbor.yaml")).get(0);
        assertThat(aws.at("/persistence/persistentVolumeClaim/registry/storageClass").asText()).isEqualTo("gp3");
    }

    @Test
    void consoles_signInThroughKeycloak() {
        FileTree tree = Examples.tree("on-prem-minimal");
        assertThat(tree.get("values/argo-cd.yaml")).contains("issuer: https://keycloak.minimal.internal/realms/minimal");
        assertThat(tree.get("values/grafana.yaml")).contains("auth.generic_oauth").contains("https://keycloak.minimal.internal/realms/minimal/protocol/openid-connect/auth");
        assertThat(tree.get("values/headlamp.yaml")).contains("headlamp-oidc");
        assertThat(tree.get("values/opensearch-dashboards.yaml")).contains("opensearch_security.auth.type: openid").contains("${OIDC_CLIENT_SECRET}");
        assertThat(tree.get("values/opensearch.yaml")).contains("openid_connect_url: \"https://keycloak.minimal.internal/realms/minimal/.well-known/openid-configuration\"");
        assertThat(tree.get("platform/keycloak/keycloak.yaml")).contains("KeycloakRealmImport").contains("clientId: grafana").contains("clientId: opensearch-dashboards");
    }

    @Test
    void realm_listsExactlyThePlannedClients_withTheScopesAndGroupMapperTheyUse() throws Exception {
        JsonNode minimal = realm(Examples.tree("on-prem-minimal"));
        List<String> clients = new ArrayList<>();
        minimal.path("clients").forEach(c -> clients.add(c.path("clientId").asText()));
        assertThat(clients).containsExactlyInAnyOrder("argocd", "grafana", "headlamp", "harbor", "opensearch-dashboards", "kubernetes");
        List<String> scopes = new ArrayList<>();
        minimal.path("clientScopes").forEach(c -> scopes.add(c.path("name").asText()));
        assertThat(scopes).contains("basic", "profile", "email", "groups");
        JsonNode groups = minimal.at("/clientScopes/3/protocolMappers/0");
        assertThat(groups.path("protocolMapper").asText()).isEqualTo("oidc-group-membership-mapper");
        assertThat(groups.at("/config/full.path").asText()).as("clients match plain group names").isEqualTo("false");
        assertThat(minimal.at("/clients/0/secret").asText()).as("secrets are placeholders").startsWith("${OIDC_");
        JsonNode restricted = realm(Examples.tree("license-restricted"));
        List<String> restrictedClients = new ArrayList<>();
        restricted.path("clients").forEach(c -> restrictedClients.add(c.path("clientId").asText()));
        assertThat(restrictedClients).as("no client for a console the plan does not have").doesNotContain("grafana");
    }

    private static JsonNode realm(FileTree tree) throws Exception {
        for (JsonNode doc : documents(tree.get("platform/keycloak/keycloak.yaml"))) {
            if (doc.path("kind").asText().equals("KeycloakRealmImport")) {
                assertThat(doc.at("/spec/placeholders").isObject()).isTrue();
                return doc.at("/spec/realm");
            }
        }
        throw new AssertionError("no KeycloakRealmImport");
    }

    @Test
    void bootstrap_createsTheSecretsFirst_andListsThem_withoutAnyValue() {
        FileTree tree = Examples.tree("on-prem-minimal");
        assertThat(tree.get("bootstrap/install.sh")).contains("sh bootstrap/secrets.sh");
        assertThat(tree.get("bootstrap/install.sh").indexOf("sh bootstrap/secrets.sh")).isLessThan(tree.get("bootstrap/install.sh").indexOf("helm upgrade"));
        assertThat(tree.get("bootstrap/secrets.yaml")).contains("name: argocd-oidc").contains("shared: oidc-argocd").contains("app.kubernetes.io/part-of: argocd");
        assertThat(tree.get("bootstrap/secrets.yaml")).contains("name: keycloak-oidc-clients");
    }

    @Test
    void harbor_rendersTheSameTwice_fromBootstrapSecretsAndCertManager() throws Exception {
        FileTree tree = Examples.tree("on-prem-minimal");
        JsonNode harbor = documents(tree.get("values/harbor.yaml")).get(0);
        assertThat(harbor.at("/core/existingSecret").asText()).isEqualTo("harbor-core-secret");
        assertThat(harbor.at("/core/secretName").asText()).isEqualTo("harbor-token");
        assertThat(harbor.at("/registry/credentials/existingSecret").asText()).isEqualTo("harbor-registry-credentials");
        assertThat(harbor.at("/database/type").asText()).as("no database password in the values").isEqualTo("external");
        assertThat(harbor.toString()).doesNotContain("changeit");
        assertThat(tree.get("platform/harbor/database.yaml")).contains("harbor-database-password");
    }

    @Test
    void applications_ignoreWhatControllersPatch_andKeepData() throws Exception {
        FileTree tree = Examples.tree("on-prem-full");
        JsonNode istiod = documents(tree.get("apps/istiod.yaml")).get(0);
        assertThat(istiod.at("/spec/ignoreDifferences/0/kind").asText()).isEqualTo("MutatingWebhookConfiguration");
        assertThat(istiod.at("/spec/syncPolicy/syncOptions").toString()).contains("RespectIgnoreDifferences=true");
        assertThat(documents(tree.get("apps/harbor.yaml")).get(0).at("/metadata/finalizers").isMissingNode())
                .as("removing Harbor's Application must not delete its registry data").isTrue();
        assertThat(documents(tree.get("apps/cert-manager.yaml")).get(0).at("/metadata/finalizers").isMissingNode())
                .as("removing cert-manager's Application must not delete its CRDs and every Certificate with them").isTrue();
        assertThat(documents(tree.get("apps/headlamp.yaml")).get(0).at("/metadata/finalizers").size()).as("a stateless console is removed whole").isEqualTo(1);
        assertThat(documents(tree.get("values/argo-cd.yaml")).get(0).at("/configs/cm/resource.customizations.health.argoproj.io_Application").asText())
                .contains("obj.status.health.status");
    }

    @Test
    void oidcClients_trustThePlatformCa() throws Exception {
        FileTree tree = Examples.tree("on-prem-minimal");
        assertThat(tree.get("platform/trust/certificates.yaml")).contains("namespace: argocd").contains("namespace: monitoring").contains("secretName: platform-ca-trust");
        assertThat(tree.get("values/grafana.yaml")).contains("tls_client_ca: /etc/ssl/certs/platform-ca.crt").contains("secretName: platform-ca-trust");
        assertThat(tree.get("values/argo-cd.yaml")).contains("mountPath: /etc/ssl/certs/platform-ca.crt");
        assertThat(tree.get("values/opensearch-dashboards.yaml")).contains("NODE_EXTRA_CA_CERTS");
    }

    @Test
    void airgap_vendorsReleaseManifests_andMirrorsArtifacts() throws Exception {
        FileTree tree = Examples.tree("on-prem-full");
        assertThat(tree.get("manifests/keycloak/kustomization.yaml")).contains("vendor/keycloaks.k8s.keycloak.org-v1.yml").doesNotContain("https://");
        assertThat(tree.get("manifests/kubeflow/kustomization.yaml")).contains("vendor/manifests/applications/pipeline").doesNotContain("example")
                .doesNotContain("cert-manager/base").doesNotContain("istio-install");
        assertThat(tree.get("airgap/mirror.sh")).contains("curl -fsSL --create-dirs -o manifests/keycloak/vendor/keycloaks.k8s.keycloak.org-v1.yml")
                .contains("git clone --quiet --depth 1 --branch 26.03 https://github.com/kubeflow/manifests.git manifests/kubeflow/vendor/manifests")
                .contains("oras copy ghcr.io/falcosecurity/rules/falco-rules:5 harbor.demo.internal/mirror/falcosecurity/rules/falco-rules:5");
        assertThat(tree.get("values/falco.yaml")).contains("harbor.demo.internal/mirror/falcosecurity/rules/falco-rules:5");
        assertThat(Examples.tree("on-prem-minimal").get("manifests/keycloak/kustomization.yaml")).contains("https://raw.githubusercontent.com/keycloak");
    }

    @Test
    void metallb_getsThePoolFromTheProfile_andCiliumItsOwnWhenChosen() {
        assertThat(Examples.tree("on-prem-minimal").get("platform/metallb/pool.yaml")).contains("IPAddressPool").contains("10.0.0.200-10.0.0.220").contains("L2Advertisement");
        FileTree full = Examples.tree("on-prem-full");
        assertThat(full.get("platform/metallb/pool.yaml")).isNull();
        assertThat(full.get("platform/cilium/load-balancer.yaml")).contains("CiliumLoadBalancerIPPool").contains("start: 192.168.10.200");
    }

    @Test
    void consoles_getAnIngressAndACertificateUnderTheDomain() throws Exception {
        FileTree tree = Examples.tree("on-prem-minimal");
        List<JsonNode> grafana = documents(tree.get("platform/ingress/grafana.yaml"));
        assertThat(grafana).extracting(d -> d.path("kind").asText()).containsExactly("Certificate", "Ingress");
        assertThat(grafana.get(0).at("/spec/dnsNames/0").asText()).isEqualTo("grafana.minimal.internal");
        assertThat(grafana.get(0).at("/spec/issuerRef/name").asText()).isEqualTo("minimal-ca");
        assertThat(grafana.get(1).at("/spec/tls/0/secretName").asText()).isEqualTo("grafana-tls");
        assertThat(tree.get("platform/cert-manager/issuers.yaml")).contains("kind: ClusterIssuer").contains("isCA: true");
        assertThat(documents(tree.get("platform/ingress/harbor.yaml"))).extracting(d -> d.path("kind").asText()).containsExactly("Certificate");
    }

    @Test
    void namespaces_carryPodSecurityLabels() {
        String namespaces = Examples.tree("on-prem-minimal").get("platform/namespaces/namespaces.yaml");
        assertThat(namespaces).contains("name: rook-ceph").contains("pod-security.kubernetes.io/enforce: privileged")
                .contains("name: harbor").contains("pod-security.kubernetes.io/enforce: baseline").doesNotContain("name: kube-system");
    }

    /** No value that looks like a password or key is ever written: only references to Secrets. */
    @ParameterizedTest(name = "{0}: no plaintext passwords")
    @MethodSource("examples")
    void noPlaintextPasswords(String example) {
        Pattern secretKey = Pattern.compile("(?i)^\\s*-?\\s*\"?(password|passwd|secret|secretKey|clientSecret|adminPassword|harborAdminPassword|client_secret)\"?\\s*:\\s*(.+)$");
        Examples.tree(example).files().forEach((path, content) -> content.lines().forEach(line -> {
            var m = secretKey.matcher(line);
            if (m.matches()) {
                String value = m.group(2).trim();
                assertThat(value).as("%s: %s", path, line).matches("\\$.*|\"\\$.*|\\{\\}|\\|.*|[a-z0-9-]+(-tls|-secret|-oidc|-admin|-credentials|-key|-s3|-db)?|");
            }
        }));
    }

    @ParameterizedTest(name = "{0}: air-gap lists")
    @MethodSource("examples")
    void airgapLists_nameEveryImageAndChart(String example) {
        FileTree tree = Examples.tree(example);
        var plan = Examples.plan(example);
        for (PlannedComponent p : plan.inCluster()) {
            var c = dev.ksa.catalog.Catalog.load().component(p.id());
            c.images().forEach(image -> assertThat(tree.get("airgap/images.txt")).contains(image));
            c.install().charts().forEach(ch -> assertThat(tree.get("airgap/charts.txt")).contains(ch.chart() + " " + ch.version()));
        }
    }

    @Test
    void airgap_pointsChartsAtTheMirror_andWritesHarborAndContainerdSettings() throws Exception {
        FileTree tree = Examples.tree("on-prem-full");
        JsonNode grafana = documents(tree.get("apps/grafana.yaml")).get(0);
        assertThat(grafana.at("/spec/sources/0/repoURL").asText()).isEqualTo("harbor.demo.internal/mirror-charts");
        assertThat(tree.get("airgap/harbor-projects.json")).contains("proxy-quay-io").contains("https://registry-1.docker.io");
        assertThat(tree.get("airgap/containerd/docker.io/hosts.toml")).contains("harbor.demo.internal/v2/proxy-docker-io");
        assertThat(tree.get("airgap/mirror.sh")).contains("helm push");
        assertThat(Examples.tree("on-prem-minimal").get("airgap/harbor-projects.json")).isNull();
    }

    @Test
    void readme_hasThePlanTheMapAndWhatToDoFirst() {
        String readme = Examples.tree("on-prem-minimal").get("README.md");
        assertThat(readme).contains("## What to do first").contains("| monitoring | grafana-admin | `admin-user` value `admin`, `admin-password` random |")
                .contains("sh bootstrap/install.sh").contains("Prepare the nodes and the site (before the bootstrap)").contains("```mermaid\nflowchart TB").contains("## Install order");
        assertThat(Examples.tree("on-prem-minimal").get("bootstrap/install.sh"))
                .contains("helm upgrade --install calico tigera-operator --repo").contains("helm upgrade --install argo-cd argo-cd").contains("kubectl apply -f bootstrap/root.yaml");
    }

    /** The shell scripts parse with the shell that will run them ({@code sh -n}, no execution). */
    @ParameterizedTest(name = "{0}: scripts parse with sh -n")
    @MethodSource("examples")
    void scripts_parse(String example, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        dev.ksa.testing.Tools.require("sh");
        for (var file : Examples.tree(example).files().entrySet()) {
            if (!file.getKey().endsWith(".sh")) {
                continue;
            }
            java.nio.file.Path script = java.nio.file.Files.writeString(dir.resolve(file.getKey().replace('/', '_')), file.getValue());
            Process p = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("%s: %s", file.getKey(), output).isZero();
            assertThat(file.getValue()).startsWith("#!/bin/sh").contains("set -eu");
        }
    }

    @Test
    void lock_hasExactVersions() throws Exception {
        JsonNode lock = new ObjectMapper().readTree(Examples.tree("on-prem-minimal").get("platform.lock.json"));
        assertThat(lock.path("edition").asText()).isEqualTo("2026");
        assertThat(lock.path("components").findValuesAsText("id")).contains("grafana", "argo-cd", "kubeadm");
    }
}
