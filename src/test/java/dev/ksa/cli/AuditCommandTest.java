package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.audit.AuditFixtures;
import dev.ksa.inventory.ClusterConnection;
import dev.ksa.report.Golden;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code ksa audit} as a user runs it: exact output, exit codes 0/1/2/3, errors as one line.
 * (Flat, not {@code @Nested}: fabric8's mock server extension serves top-level classes only.)
 */
@EnableKubernetesMockClient(crud = true)
class AuditCommandTest {
    static final String CLUSTER = AuditFixtures.ROOT + "/live/cluster.yaml";
    static KubernetesClient client;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void loadMockCluster() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(CLUSTER))) {
            for (HasMetadata object : client.load(in).items()) {
                client.resource(object).create();
            }
        }
    }

    static Run run(String stdin, BiFunction<String, String, ClusterConnection.Connected> connector, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AuditCommand command = new AuditCommand(AuditFixtures::catalog, AuditFixtures.CLOCK,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), connector);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            cli.getErr().println("ksa: " + e.getMessage());
            return 2;
        });
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run("", (k, c) -> {
            throw new AssertionError("no cluster expected");
        }, args);
    }

    static ClusterConnection.Connected mock(String kubeconfig, String context) {
        return new ClusterConnection.Connected(new KubernetesClientBuilder().withConfig(client.getConfiguration()).build(), "mock");
    }

    @Test
    void table_isTheGoldenSummary_exit0() {
        Run r = run("-f", CLUSTER, "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.check("cli/audit-table.en.txt", r.out(), "AuditCommandTest");
    }

    @Test
    void stdin_isReadWithDash() {
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: lonely, namespace: x}\nspec: {containers: [{name: c, image: 'busybox:1.36'}]}\n";
        Run r = run(yaml, (k, c) -> null, "-f", "-", "-o", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"rule\" : \"pod-without-controller\"").contains("\"location\" : \"<stdin>:1\"");
    }

    @Test
    void liveCluster_sarifPointsAtKubernetesUris() {
        Run r = run("", AuditCommandTest::mock, "-o", "sarif", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"uri\" : \"k8s://mock/shop/Pod/debug\"").doesNotContain("uriBaseId");
    }

    @Test
    void rulesSwitchedOffAndReweighted_fromFileAndOptions() {
        Run r = run("-f", CLUSTER, "-o", "json", "--rules-config", AuditFixtures.ROOT + "/settings/rules.yaml",
                "--disable", "container-without-requests", "--severity", "pod-host-path=error");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\"rule\" : \"container-without-requests\"")
                .contains("\"disabledRules\" : [\n    \"replicaset-without-deployment\",\n    \"container-without-requests\"\n  ]");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("\"rule\" : \"pod-host-path\", \"severity\" : \"error\"");
    }

    @Test
    void findingAtTheLevel_exit1_reportStillPrinted() {
        Run r = run("-f", CLUSTER, "--fail-on", "error", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("ksa audit — edition 2026");
    }

    @Test
    void nothingAtTheLevel_exit0() {
        Run r = run("-f", AuditFixtures.ROOT + "/rules/image-tag-latest/passes.yaml", "--fail-on", "error");
        assertThat(r.code()).isZero();
    }

    @Test
    void brokenYaml_oneLineWithFileLineAndFix_exit2_noOutput() {
        Run r = run("-f", AuditFixtures.ROOT + "/inventory/broken.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("ksa: " + AuditFixtures.ROOT + "/inventory/broken.yaml:6:5: invalid YAML: expected ',' or '}', but got :."
                + " Fix the YAML there (a Helm chart's templates must be rendered first: helm template NAME CHART | ksa audit -f -)"
                + System.lineSeparator());
    }

    @Test
    void unknownEdition_suggests_exit2() {
        Run r = run("-f", CLUSTER, "--edition", "2027");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("ksa: unknown edition '2027'.").contains("Editions: 2025, 2026");
    }

    @Test
    void unknownRule_suggests_exit2() {
        Run r = run("-f", CLUSTER, "--disable", "image-tag-lastest");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("ksa: --disable image-tag-lastest: unknown rule 'image-tag-lastest'. Did you mean 'image-tag-latest'?");
    }

    @Test
    void filesAndCluster_together_exit2() {
        Run r = run("-f", CLUSTER, "--context", "prod");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ksa: give either -f FILE_OR_DIR (manifests) or --kubeconfig/--context (a cluster), not both"
                + System.lineSeparator());
    }

    @Test
    void unknownFormatOrSeverity_exit2() {
        assertThat(run("-f", CLUSTER, "-o", "pdf").err()).contains("unknown output format 'pdf' (use table, json, yaml, md, html, sarif)");
        assertThat(run("-f", CLUSTER, "--fail-on", "fatal").code()).isEqualTo(2);
    }

    @Test
    void missingKubeconfig_exit2() {
        Run r = run("", ClusterConnection::connect, "--kubeconfig", "no/such/kubeconfig");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ksa: --kubeconfig no/such/kubeconfig: no such file. Give the path of a kubeconfig file" + System.lineSeparator());
    }

    @Test
    void unreachableCluster_exit3_oneLine() {
        Run r = run("", (k, c) -> new ClusterConnection.Connected(new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("https://127.0.0.1:1").withConnectionTimeout(2000).withRequestRetryBackoffLimit(0).build()).build(), "gone"));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("ksa: cannot reach the cluster 'gone' at https://127.0.0.1:1/").doesNotContain("\tat ")
                .hasLineCount(1);
    }

    @Test
    void emptyDirectory_nothingCouldBeRead_exit3(@org.junit.jupiter.api.io.TempDir Path dir) {
        Run r = run("-f", dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).endsWith("ksa: nothing could be read from " + dir + ": no Kubernetes objects (documents with apiVersion and kind)"
                + " were found. An audit of nothing cannot pass" + System.lineSeparator());
    }

    @Test
    void exemptions_byConfigAndAnnotation_removeOnlyWhatTheyName() {
        Run r = run("-f", AuditFixtures.ROOT + "/exemptions/workloads.yaml", "-o", "json", "--lang", "en",
                "--rules-config", AuditFixtures.ROOT + "/exemptions/rules.yaml");
        assertThat(r.code()).isZero();
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).doesNotContain("\"rule\" : \"container-run-as-root\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/legacy\"")
                .doesNotContain("\"rule\" : \"image-tag-latest\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/legacy\"")
                .contains("\"rule\" : \"container-without-requests\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/legacy\"")
                .doesNotContain("\"object\" : \"Deployment/shop/migrated\", \"message\" : \"Deployment/shop/migrated container main runs")
                .contains("\"rule\" : \"container-without-requests\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/migrated\"")
                .doesNotContain("Deployment/kube-system/agent")
                .doesNotContain("\"rule\" : \"image-tag-latest\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/vendor-db\"")
                .contains("\"rule\" : \"container-run-as-root\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/vendor-db\"")
                .contains("\"rule\" : \"image-tag-latest\", \"severity\" : \"warning\", \"object\" : \"Deployment/shop/typo\"");
        assertThat(r.out()).contains("Deployment/shop/typo: ksa.dev/ignore names unknown rule 'image-tag-lastest'. Did you mean 'image-tag-latest'?");
        assertThat(r.out()).containsPattern("\"exempted\" : [1-9][0-9]*");
    }

    @Test
    void exemptionNamingNoRule_isAnErrorAtItsLine_exit2() {
        Run r = run("-f", CLUSTER, "--rules-config", AuditFixtures.ROOT + "/exemptions/bad-rule.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("ksa: " + AuditFixtures.ROOT + "/exemptions/bad-rule.yaml:2:5: unknown rule 'image-tag-lastest' in exempt."
                + " Did you mean 'image-tag-latest'?");
    }

    @Test
    void minScore_belowIsExit1_withTheReason() {
        Run r = run("-f", CLUSTER, "--min-score", "90", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("ksa: the score ").contains(" is below --min-score 90");
        assertThat(run("-f", CLUSTER, "--min-score", "0").code()).isZero();
        assertThat(run("-f", CLUSTER, "--min-score", "101").code()).isEqualTo(2);
    }

    @Test
    void failOn_sharesPlansVocabulary_noneNeverFails() {
        assertThat(run("-f", CLUSTER, "--fail-on", "none").code()).isZero();
        assertThat(run("-f", CLUSTER, "--fail-on", "warn").code()).isEqualTo(1);
        Run bad = run("-f", CLUSTER, "--fail-on", "fatal");
        assertThat(bad.err()).contains("unknown severity 'fatal' for --fail-on (use error, warning, info or none)");
    }

    @Test
    void rules_listsEveryRuleWithItsPeers() {
        Run r = run("--rules", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("ID   ").contains("pod-host-network").contains("polaris: hostNetworkSet")
                .contains("kube-score: container-image-tag").contains("pluto: REMOVED");
        Run json = run("--rules", "-o", "json");
        assertThat(json.out().replaceAll("\\s+", " ")).contains("\"kube-score\" : [ \"container-security-context-privileged\" ]");
    }

    @Test
    void kubernetesVersion_judgesApisAgainstTheTarget() {
        String flowSchema = "apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: batch}\n";
        Run before = run(flowSchema, (k, c) -> null, "-f", "-", "-o", "json", "--kubernetes-version", "1.28");
        assertThat(before.out()).doesNotContain("\"rule\" : \"api-");
        Run deprecated = run(flowSchema, (k, c) -> null, "-f", "-", "-o", "json", "--kubernetes-version", "v1.29.0", "--lang", "en");
        assertThat(deprecated.out()).contains("\"rule\" : \"api-deprecated\"").contains("deprecated since Kubernetes 1.29");
        Run removed = run(flowSchema, (k, c) -> null, "-f", "-", "-o", "json", "--kubernetes-version", "1.32", "--lang", "en");
        assertThat(removed.out()).contains("\"rule\" : \"api-removed\"").contains("removed in Kubernetes 1.32");
        assertThat(run("-f", CLUSTER, "--kubernetes-version", "latest").code()).isEqualTo(2);
    }

    @Test
    void namespaceOption_onFiles_keepsThatNamespaceAndTheNamespaceless() {
        Run r = run("-f", CLUSTER, "-n", "shop", "-o", "json", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("(namespace shop)").contains("Deployment/shop/").doesNotContain("DaemonSet/logging/");
        assertThat(run("-f", CLUSTER, "-n", "Not_A_Namespace").code()).isEqualTo(2);
    }
}
