package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-platform checks on a small platform of our own ({@code validate/fit}: a bootstrap, an
 * app of apps, a chart of ours rendered with real Helm, platform folders, a realm): clean as it is,
 * and each seeded fault named at its file and line.
 */
class FitChecksTest {
    static final Path TREE = Fixtures.tree("fit");
    static final Path CHARTS = Fixtures.tree("fit-charts");

    static ValidationReport validate(Path tree) {
        return Validator.validate(tree, ValidateOptions.defaults().withCharts(List.of(CHARTS)).withoutTools());
    }

    @Test
    void cleanPlatform_hasNoProblemAndNothingUnchecked() {
        ValidationReport report = validate(TREE);

        assertThat(report.problems()).extracting(Problem::display).isEmpty();
        assertThat(report.skipped()).containsExactly("external tools were not run (kubectl kustomize, promtool, amtool)");
        assertThat(report.notes()).anyMatch(n -> n.contains("lookup finds nothing"));
        assertThat(report.checked().charts()).isEqualTo(1);
        assertThat(report.checked().applications()).as("root, argo-cd, base, web, web-extras").isEqualTo(5);
    }

    /** A fault seeded into a copy of the clean platform, and the problem that must name it (file:line, then words of the message). */
    static Stream<Arguments> faults() {
        return Stream.of(
                fault("a Secret nothing creates", t -> edit(t, "values/web.yaml", "secret: web-db", "secret: web-dbx"),
                        "values/web.yaml:2:", "refers to Secret web/web-dbx", "nothing in the platform creates"),
                fault("a key the Secret does not have", t -> edit(t, "values/web.yaml", "key: password", "key: passwd"),
                        "values/web.yaml:2:", "reads key passwd of Secret web/web-db", "username, password"),
                fault("a Secret the bootstrap no longer creates", t -> edit(t, "bootstrap/secrets.yaml", "- name: web-db", "- name: web-database"),
                        "values/web.yaml:2:", "refers to Secret web/web-db"),
                fault("a ServiceAccount nothing creates", t -> append(t, "values/web.yaml", "serviceAccount: {create: false, name: web}\n"),
                        "values/web.yaml:5:", "refers to ServiceAccount web/web"),
                fault("a StorageClass nothing creates", t -> edit(t, "values/web.yaml", "storageClass: fast", "storageClass: slow"),
                        "values/web.yaml:3:", "refers to StorageClass slow"),
                fault("an IngressClass nothing creates", t -> edit(t, "values/web.yaml", "className: nginx", "className: traefik"),
                        "values/web.yaml:4:", "refers to IngressClass traefik"),
                fault("a StorageClass nothing creates, beside an Application of a component that makes none, not rendered", t -> {
                    unrenderedApplication(t, "kubeflow");
                    edit(t, "values/web.yaml", "storageClass: fast", "storageClass: slow");
                }, "values/web.yaml:3:", "refers to StorageClass slow"),
                fault("a Kafka node pool's StorageClass nothing creates (a reference of a component's custom resource, catalog data)",
                        FitChecksTest::kafkaPoolOnMissingClass, "platform/web/kafka.yaml:8:", "KafkaNodePool web/pool refers to StorageClass nope",
                        "brokers' volumes"),
                fault("a Kafka node pool of a Kafka cluster nothing creates", FitChecksTest::kafkaPoolOnMissingClass,
                        "platform/web/kafka.yaml:", "KafkaNodePool web/pool refers to Kafka web/events"),
                fault("a TLS Secret of the Keycloak server nothing creates",
                        t -> edit(t, "platform/base/keycloak.yaml", "http: {httpEnabled: true}", "http: {tlsSecret: keycloak-tls}"),
                        "platform/base/keycloak.yaml:7:", "refers to Secret keycloak/keycloak-tls"),
                fault("a Certificate whose ClusterIssuer nothing creates", FitChecksTest::certificateWithoutIssuer,
                        "platform/web/certificate.yaml:", "refers to ClusterIssuer platform-ca"),
                fault("an HTTPRoute whose Gateway nothing creates", FitChecksTest::routeWithoutGateway,
                        "platform/web/route.yaml:", "refers to Gateway web/public"),
                fault("a URL to a Service that does not exist", t -> edit(t, "platform/web/dashboard.yaml", "web-fit-app.web.svc", "web-app.web.svc"),
                        "platform/web/dashboard.yaml:6:", "http://web-app.web.svc:8080", "no Service web/web-app"),
                fault("a URL to a port the Service does not serve", t -> edit(t, "platform/web/dashboard.yaml", "svc:8080", "svc:9090"),
                        "platform/web/dashboard.yaml:6:", "serves port(s) 8080, http, not 9090"),
                fault("a custom resource in the same wave as its CRD", t -> edit(t, "apps/web-extras.yaml", "sync-wave: \"2\"", "sync-wave: \"0\""),
                        "apps/web-extras.yaml:", "the CRD of Widget comes with Application base in wave 0", "Give web-extras a later sync wave"),
                fault("a custom resource whose CRD nothing installs", t -> edit(t, "platform/base/kustomization.yaml", "crds.yaml, ", ""),
                        "apps/web-extras.yaml:", "no Application installs the CRD of Widget"),
                fault("a namespace created after what lives in it", t -> edit(t, "apps/base.yaml", "sync-wave: \"0\"", "sync-wave: \"3\""),
                        "apps/web-extras.yaml:", "namespace web is created by Application base in wave 3"),
                fault("two Applications managing one object", FitChecksTest::secondServiceAccount,
                        "platform/web/serviceaccount.yaml:1:", "ServiceAccount web/web is managed by Application web-extras and also by Application web"),
                fault("a chart that generates a secret on every render", t -> append(t, "values/web.yaml", "randomSecret: true\n"),
                        "values/web.yaml:1:", "Secret web/web-generated of chart fit-app changes on every render at /stringData/token"),
                fault("generated fields ignored without RespectIgnoreDifferences", FitChecksTest::ignoredWithoutRespect,
                        "apps/web.yaml:", "without the syncOption RespectIgnoreDifferences=true"),
                fault("a webhook whose CA bundle the component's injector fills in, not ignored (catalog ignoreDifferences)",
                        t -> injectorWebhook(t, ""), "apps/web-extras.yaml:", "MutatingWebhookConfiguration web-injector",
                        ".webhooks[].clientConfig.caBundle", "does not ignore it"),
                fault("the injector's CA bundle ignored, but not respected on sync",
                        t -> injectorWebhook(t, "  ignoreDifferences:\n    - {group: admissionregistration.k8s.io, kind: MutatingWebhookConfiguration,"
                                + " jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle']}\n"),
                        "apps/web-extras.yaml:", "without the syncOption RespectIgnoreDifferences=true"),
                fault("an EKS Pod Identity role bound to a ServiceAccount nothing creates", t -> podIdentity(t, "web", "web-app"),
                        "provisioning/terraform/iam.tf:3:", "binds its IAM role to ServiceAccount web/web-app, which nothing in the platform creates"),
                fault("an EKS Pod Identity role bound to a ServiceAccount no pod runs as", t -> podIdentity(t, "web", "default"),
                        "provisioning/terraform/iam.tf:3:", "ServiceAccount web/default, but no workload of the platform runs as it"),
                fault("a Service whose selector matches no pod", t -> {
                    write(t, "platform/web/probe.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: probe, namespace: web}\n"
                            + "spec:\n  selector: {app: probe}\n  ports: [{name: http, port: 80}]\n");
                    edit(t, "platform/web/kustomization.yaml", "[widget.yaml, dashboard.yaml]", "[dashboard.yaml, probe.yaml]");
                }, "platform/web/probe.yaml:3:", "Service web/probe selects pods with app=probe", "sends traffic nowhere"),
                fault("a ServiceMonitor that selects no Service", t -> serviceMonitor(t, "app: web-metricz", "metrics"),
                        "platform/web/monitor.yaml:", "selects Services with app=web-metricz in web", "nothing is scraped"),
                fault("a ServiceMonitor that scrapes a port its Services do not name", t -> serviceMonitor(t, "app: web-metrics", "metricz"),
                        "platform/web/monitor.yaml:", "scrapes port metricz", "name their ports metrics"),
                fault("a PodMonitor that scrapes a container port the pods do not name", FitChecksTest::podMonitorOnMissingPort,
                        "platform/web/podmonitor.yaml:", "scrapes container port metrics", "name their ports http"),
                fault("sync waves without the Application health check",
                        t -> edit(t, "platform/argocd/argocd-cm.yaml", "resource.customizations.health.argoproj.io_Application", "resource.customizations.health.unused"),
                        "platform/argocd/argocd-cm.yaml:", "has no resource.customizations.health.argoproj.io_Application"),
                fault("an object no Application deploys", t -> edit(t, "apps/kustomization.yaml", ", web-extras.yaml", ""),
                        "platform/web/widget.yaml:1:", "Widget web/web is applied by nothing"),
                fault("an OIDC scope the realm does not define", t -> edit(t, "platform/base/realm.yaml", "- name: groups\n", "- name: memberships\n"),
                        "platform/argocd/argocd-cm.yaml:", "requests scope groups, which realm fit does not define"),
                fault("a role claim with full group paths", t -> edit(t, "platform/base/realm.yaml", "full.path: \"false\"", "full.path: \"true\""),
                        "platform/argocd/argocd-cm.yaml:", "fills it with full group paths"),
                fault("an OIDC client the realm does not define", t -> edit(t, "platform/base/realm.yaml", "- clientId: argocd", "- clientId: argo"),
                        "platform/argocd/argocd-cm.yaml:", "signs in as OIDC client argocd, which no realm of the platform defines"),
                fault("air gap: an image the mirror list lacks", t -> airgapped(t, "registry.example.com/web/app:1.0.1"),
                        "values/web.yaml:1:", "runs image registry.example.com/web/app:1.0.1, which airgap/images.txt does not list"),
                fault("air gap: an image on latest", t -> airgapped(t, "registry.example.com/web/app:latest"),
                        "values/web.yaml:1:", "without a fixed tag or digest"),
                fault("air gap: an image a custom resource names in a map of images (an operator's registry override)", t -> {
                    airgapped(t, "registry.example.com/web/app:1.0.0");
                    edit(t, "platform/web/widget.yaml", "spec: {size: 3}", "spec:\n  size: 3\n  registry:\n    override: {proxy: registry.example.com/web/proxy:2.0.0}");
                }, "platform/web/widget.yaml:7:", "runs image registry.example.com/web/proxy:2.0.0, which airgap/images.txt does not list"),
                fault("air gap: a chart from outside the mirror", t -> {
                    airgapped(t, "registry.example.com/web/app:1.0.0");
                    edit(t, "apps/web.yaml", "repoURL: registry.example.internal/charts", "repoURL: https://charts.example.com");
                }, "apps/web.yaml:", "outside the mirror registry.example.internal"),
                fault("air gap: a remote resource in a kustomization", t -> {
                    airgapped(t, "registry.example.com/web/app:1.0.0");
                    edit(t, "platform/web/kustomization.yaml", "dashboard.yaml]", "dashboard.yaml, https://raw.githubusercontent.com/example/x/v1/y.yaml]");
                }, "platform/web/kustomization.yaml:3:", "fetches https://raw.githubusercontent.com/example/x/v1/y.yaml from the internet"),
                fault("air gap: a run-time download left on", FitChecksTest::grafanaWithPlugins,
                        "values/grafana.yaml:1:", "Grafana downloads its plugins from grafana.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void seededFault_isNamedAtItsFileAndLine(String fault, Consumer<Path> seed, String location, List<String> words, @TempDir Path dir) {
        Path tree = copy(dir);
        seed.accept(tree);

        ValidationReport report = validate(tree);

        assertThat(report.problems()).extracting(Problem::display)
                .anySatisfy(line -> {
                    assertThat(line).startsWith(location);
                    words.forEach(w -> assertThat(line).contains(w));
                });
    }

    @Test
    void aMissingStorageClass_isOnlyExcused_byAnUnrenderedApplicationOfAStorageComponent(@TempDir Path dir) {
        Path tree = copy(dir);
        unrenderedApplication(tree, "ceph");
        edit(tree, "values/web.yaml", "storageClass: fast", "storageClass: slow");

        ValidationReport report = validate(tree);

        assertThat(report.problems()).extracting(Problem::display).noneMatch(p -> p.contains("StorageClass slow"));
        assertThat(report.skipped()).anyMatch(s -> s.contains("refers to StorageClass slow") && s.contains("may come from Application extra, not rendered"));
    }

    @Test
    void chartNotUnderCharts_isCountedAndFailsOnlyUnderStrict(@TempDir Path dir) {
        Path tree = copy(dir);
        edit(tree, "apps/web.yaml", "chart: fit-app", "chart: fit-app-missing");

        ValidationReport lenient = validate(tree);
        ValidationReport strict = Validator.validate(tree, ValidateOptions.defaults().withCharts(List.of(CHARTS)).withoutTools().withStrict(true));

        assertThat(lenient.skipped()).anyMatch(s -> s.contains("chart fit-app-missing 1.0.0 of Application web is not under --charts"));
        assertThat(lenient.skipped()).anyMatch(s -> s.contains("may come from Application web, not rendered"));
        assertThat(lenient.valid()).isTrue();
        assertThat(strict.valid()).isFalse();
        assertThat(strict.summary()).contains("not checked (--strict: a failure)");
    }

    @Test
    void helmTestHooks_areLeftOut_otherHooksCount() {
        ValidationReport report = validate(TREE);

        assertThat(report.problems()).noneMatch(p -> p.message().contains("does-not-exist"));
        assertThat(report.problems()).noneMatch(p -> p.message().contains("web-tls"));
    }

    // ---- seeds ----------------------------------------------------------------------------------

    private static Arguments fault(String name, Consumer<Path> seed, String location, String... words) {
        return Arguments.of(name, seed, location, List.of(words));
    }

    private static void certificateWithoutIssuer(Path tree) {
        write(tree, "platform/web/certificate.yaml", """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: web, namespace: web}
                spec:
                  secretName: web-cert
                  dnsNames: [web.example.internal]
                  issuerRef: {kind: ClusterIssuer, name: platform-ca}
                """);
        crd(tree, "cert-manager.io", "Certificate", "certificates", "v1");
        edit(tree, "platform/web/kustomization.yaml", "dashboard.yaml]", "dashboard.yaml, certificate.yaml]");
    }

    private static void routeWithoutGateway(Path tree) {
        write(tree, "platform/web/route.yaml", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: web, namespace: web}
                spec:
                  parentRefs: [{name: public}]
                  rules: [{backendRefs: [{name: web-fit-app, port: 8080}]}]
                """);
        crd(tree, "gateway.networking.k8s.io", "HTTPRoute", "httproutes", "v1");
        edit(tree, "platform/web/kustomization.yaml", "dashboard.yaml]", "dashboard.yaml, route.yaml]");
    }

    /** An Application of a ksa component whose chart is not under --charts, so nothing of it is rendered. */
    private static void unrenderedApplication(Path tree, String component) {
        write(tree, "apps/extra.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: extra
                  namespace: argocd
                  labels: {ksa.dev/component: %s}
                  annotations: {argocd.argoproj.io/sync-wave: "1"}
                spec:
                  project: default
                  source: {repoURL: registry.example.internal/charts, chart: not-vendored, targetRevision: 1.0.0}
                  destination: {server: https://kubernetes.default.svc, namespace: extra}
                  syncPolicy: {automated: {prune: true, selfHeal: true}, syncOptions: [CreateNamespace=true]}
                """.formatted(component));
        edit(tree, "apps/kustomization.yaml", ", web-extras.yaml", ", web-extras.yaml, extra.yaml");
    }

    private static void kafkaPoolOnMissingClass(Path tree) {
        write(tree, "platform/web/kafka.yaml", """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata:
                  name: pool
                  namespace: web
                  labels: {strimzi.io/cluster: events}
                spec:
                  storage: {type: persistent-claim, size: 10Gi, class: nope}
                  roles: [broker]
                  replicas: 1
                """);
        crd(tree, "kafka.strimzi.io", "KafkaNodePool", "kafkanodepools", "v1");
        crd(tree, "kafka.strimzi.io", "Kafka", "kafkas", "v1");
        edit(tree, "platform/web/kustomization.yaml", "dashboard.yaml]", "dashboard.yaml, kafka.yaml]");
    }

    /** A mutating webhook deployed by web-extras, made an Application of Vault, whose injector sets the CA bundle at run time. */
    private static void injectorWebhook(Path tree, String ignoreDifferences) {
        write(tree, "platform/web/webhook.yaml", """
                apiVersion: admissionregistration.k8s.io/v1
                kind: MutatingWebhookConfiguration
                metadata: {name: web-injector}
                webhooks:
                  - name: inject.web.example.internal
                    admissionReviewVersions: [v1]
                    sideEffects: None
                    clientConfig: {service: {name: web-fit-app, namespace: web, path: /mutate, port: 8080}}
                """);
        edit(tree, "platform/web/kustomization.yaml", "dashboard.yaml]", "dashboard.yaml, webhook.yaml]");
        edit(tree, "apps/web-extras.yaml", "  name: web-extras\n", "  name: web-extras\n  labels: {ksa.dev/component: vault}\n");
        edit(tree, "apps/web-extras.yaml", "  destination:", ignoreDifferences + "  destination:");
    }

    @Test
    void injectorWebhook_ignoredAndRespected_isClean(@TempDir Path dir) {
        Path tree = copy(dir);
        injectorWebhook(tree, "  ignoreDifferences:\n    - {group: admissionregistration.k8s.io, kind: MutatingWebhookConfiguration,"
                + " jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle']}\n");
        edit(tree, "apps/web-extras.yaml", "automated: {prune: true, selfHeal: true}}", "automated: {prune: true, selfHeal: true}, syncOptions: [RespectIgnoreDifferences=true]}");

        assertThat(validate(tree).problems()).extracting(Problem::display).noneMatch(p -> p.contains("web-injector") || p.contains("RespectIgnoreDifferences"));
    }

    private static void podIdentity(Path tree, String namespace, String account) {
        write(tree, "provisioning/terraform/iam.tf", """
                # the web workload's AWS role

                resource "aws_eks_pod_identity_association" "web" {
                  cluster_name    = module.eks.cluster_name
                  namespace       = "%s"
                  service_account = "%s"
                  role_arn        = aws_iam_role.web.arn
                }
                """.formatted(namespace, account));
    }

    @Test
    void podIdentity_boundToTheAccountThePodsRunAs_isClean(@TempDir Path dir) {
        Path tree = copy(dir);
        podIdentity(tree, "web", "web");

        assertThat(validate(tree).problems()).extracting(Problem::display).noneMatch(p -> p.contains("Pod Identity"));
    }

    /** A metrics Service in front of the web pods and a ServiceMonitor for it, without the Widget (whose operator could make Services). */
    private static void serviceMonitor(Path tree, String selector, String port) {
        write(tree, "platform/web/monitor.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web-metrics, namespace: web, labels: {app: web-metrics}}
                spec:
                  selector: {app: web}
                  ports: [{name: metrics, port: 9090}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: web, namespace: web}
                spec:
                  selector:
                    matchLabels: {%s}
                  endpoints: [{port: %s}]
                """.formatted(selector, port));
        crd(tree, "monitoring.coreos.com", "ServiceMonitor", "servicemonitors", "v1");
        edit(tree, "platform/web/kustomization.yaml", "[widget.yaml, dashboard.yaml]", "[dashboard.yaml, monitor.yaml]");
    }

    private static void podMonitorOnMissingPort(Path tree) {
        write(tree, "platform/web/podmonitor.yaml", """
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: web, namespace: web}
                spec:
                  selector:
                    matchLabels: {app: web}
                  podMetricsEndpoints: [{port: metrics}]
                """);
        crd(tree, "monitoring.coreos.com", "PodMonitor", "podmonitors", "v1");
        edit(tree, "platform/web/kustomization.yaml", "[widget.yaml, dashboard.yaml]", "[dashboard.yaml, podmonitor.yaml]");
    }

    @Test
    void serviceMonitor_onANamedPortOfASelectedService_isClean(@TempDir Path dir) {
        Path tree = copy(dir);
        serviceMonitor(tree, "app: web-metrics", "metrics");

        assertThat(validate(tree).problems()).extracting(Problem::display).noneMatch(p -> p.contains("selector") || p.contains("ServiceMonitor"));
    }

    private static void secondServiceAccount(Path tree) {
        write(tree, "platform/web/serviceaccount.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: web}\n");
        edit(tree, "platform/web/kustomization.yaml", "dashboard.yaml]", "dashboard.yaml, serviceaccount.yaml]");
    }

    private static void ignoredWithoutRespect(Path tree) {
        append(tree, "values/web.yaml", "randomSecret: true\n");
        edit(tree, "apps/web.yaml", "  destination:", "  ignoreDifferences:\n"
                + "    - {kind: Secret, name: web-generated, jsonPointers: [/stringData]}\n"
                + "    - {group: apps, kind: Deployment, jqPathExpressions: ['.spec.template.metadata.annotations[\"checksum/secret\"]']}\n"
                + "  destination:");
    }

    private static void airgapped(Path tree, String image) {
        edit(tree, "platform.lock.json", "\"components\": []", "\"airgap\": {\"registry\": \"registry.example.internal\", \"project\": \"charts\"}, \"components\": []");
        edit(tree, "values/web.yaml", "image: registry.example.com/web/app:1.0.0", "image: " + image);
    }

    private static void grafanaWithPlugins(Path tree) {
        airgapped(tree, "registry.example.com/web/app:1.0.0");
        write(tree, "values/grafana.yaml", "plugins: [grafana-clock-panel]\n");
        write(tree, "apps/grafana.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: grafana
                  namespace: argocd
                  annotations: {argocd.argoproj.io/sync-wave: "1"}
                spec:
                  project: default
                  sources:
                    - repoURL: registry.example.internal/charts
                      chart: grafana
                      targetRevision: 0.0.1
                      helm: {valueFiles: [$values/values/grafana.yaml]}
                    - {repoURL: https://git.example.internal/platform.git, targetRevision: main, ref: values}
                  destination: {server: https://kubernetes.default.svc, namespace: web}
                  syncPolicy: {automated: {prune: true, selfHeal: true}}
                """);
        edit(tree, "apps/kustomization.yaml", "web-extras.yaml]", "web-extras.yaml, grafana.yaml]");
    }

    // ---- files ----------------------------------------------------------------------------------

    static Path copy(Path dir) {
        Path target = dir.resolve("tree");
        try (Stream<Path> walk = Files.walk(TREE)) {
            for (Path from : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(TREE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static void edit(Path tree, String file, String from, String to) {
        try {
            String text = Files.readString(tree.resolve(file));
            assertThat(text).as(file + " holds the text the fault replaces").contains(from);
            Files.writeString(tree.resolve(file), text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path tree, String file, String text) {
        try {
            Files.writeString(tree.resolve(file), Files.readString(tree.resolve(file)) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path tree, String file, String text) {
        try {
            Files.createDirectories(tree.resolve(file).getParent());
            Files.writeString(tree.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CRD for a kind the fault needs, served by the base platform (so the fault is the only problem). */
    private static void crd(Path tree, String group, String kind, String plural, String version) {
        append(tree, "platform/base/crds.yaml", """
                ---
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: %3$s.%1$s}
                spec:
                  group: %1$s
                  scope: Namespaced
                  names: {kind: %2$s, plural: %3$s}
                  versions:
                    - name: %4$s
                      served: true
                      storage: true
                      schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                """.formatted(group, kind, plural, version));
    }
}
