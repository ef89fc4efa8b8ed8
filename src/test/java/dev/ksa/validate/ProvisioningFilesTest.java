package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import dev.ksa.render.FileTree;
import dev.ksa.render.Renderer;
import dev.ksa.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * provisioning/ of many profiles, checked with the real tools (haproxy -c, keepalived -t,
 * ansible-inventory --list) and kubeadm's model, and against the plan: the inventory's groups
 * are the profile's nodes, HAProxy's servers the control planes, kubeadm's endpoint and blocks the
 * profile's, kube-proxy present exactly when no CNI replaces it and Prometheus scrapes it.
 */
class ProvisioningFilesTest {
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper YAML = new YAMLMapper();

    record Case(String name, String profile) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String profile(String choose, String cluster) {
        return """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: prov}
                spec:
                  edition: "2026"
                  environment: on-prem
                  domain: prov.internal
                  gitops: {repoURL: https://git.prov.internal/platform.git}
                  choose: {%s}
                  cluster:
                """.formatted(choose) + cluster.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String example : List.of("on-prem-full", "on-prem-minimal")) {
            cases.add(new Case("examples/" + example, Files.readString(Path.of("examples", example + ".yaml"))));
        }
        cases.add(new Case("one control plane, no VIP, Cilium", profile("cni: cilium", """
                controlPlanes: 1
                nodes:
                  - {name: solo, ip: 172.16.5.4, role: control-plane}
                  - {name: w1, ip: 172.16.5.5, role: worker}
                loadBalancerRange: 172.16.5.200-172.16.5.210""")));
        cases.add(new Case("five control planes, Calico, port 8443, air-gapped", profile("cni: calico", """
                apiServer: {vip: 10.20.0.5, port: 8443, interface: bond0}
                nodes:
                  - {name: m1, ip: 10.20.0.11, role: control-plane}
                  - {name: m2, ip: 10.20.0.12, role: control-plane}
                  - {name: m3, ip: 10.20.0.13, role: control-plane}
                  - {name: m4, ip: 10.20.0.14, role: control-plane}
                  - {name: m5, ip: 10.20.0.15, role: control-plane}
                  - {name: n1, ip: 10.20.1.21, role: worker}
                nodeNetwork: 10.20.0.0/23
                podCidr: 172.18.0.0/16
                serviceCidr: 172.19.0.0/16
                clusterDomain: prov.cluster
                loadBalancerRange: 10.20.1.100-10.20.1.150""").replace("  choose:", "  airgap: {registry: registry.prov.internal}\n  choose:")));
        cases.add(new Case("three control planes and no workers, Cilium", profile("cni: cilium", """
                apiServer: {vip: 192.168.50.100}
                nodes:
                  - {name: a, ip: 192.168.50.1, role: control-plane}
                  - {name: b, ip: 192.168.50.2, role: control-plane}
                  - {name: c, ip: 192.168.50.3, role: control-plane}
                loadBalancerRange: 192.168.50.240/28""")));
        return cases;
    }

    static FileTree render(String profile, Path dir) throws IOException {
        Path file = dir.resolve("platform.yaml");
        Files.writeString(file, profile);
        Plan plan = new Planner(Catalog.load(), DECEMBER_2026).plan(ProfileReader.read(file));
        assertThat(plan.hasErrors()).as("plan errors: %s", plan.warnings()).isFalse();
        FileTree tree = new Renderer(Catalog.load()).render(plan, Lang.EN);
        Path out = dir.resolve("repo");
        for (Map.Entry<String, String> e : tree.files().entrySet()) {
            Path p = out.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        return tree;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void provisioningFiles_passTheRealTools_andAgreeWithTheProfile(Case c, @TempDir Path dir) throws Exception {
        Tools.require("haproxy", "keepalived", "ansible-inventory");
        FileTree tree = render(c.profile(), dir);
        Path repo = dir.resolve("repo");
        JsonNode profile = YAML.readTree(c.profile()).path("spec").path("cluster");
        List<String> controlPlanes = new ArrayList<>();
        List<String> workers = new ArrayList<>();
        profile.path("nodes").forEach(n -> (n.path("role").asText().equals("control-plane") ? controlPlanes : workers).add(n.path("name").asText()));

        ProvisioningChecks.Result result = ProvisioningChecks.check(repo, ValidateOptions.defaults());
        assertThat(result.problems()).as("problems in %s", c.name()).isEmpty();
        assertThat(result.tools()).extracting(ValidationReport.ToolUse::tool).contains("ansible-inventory");

        // ansible-inventory: the groups kubespray reads hold exactly the profile's nodes
        JsonNode inventory = ansibleList(repo.resolve("provisioning/kubespray"));
        assertThat(hosts(inventory, "kube_control_plane")).containsExactlyInAnyOrderElementsOf(controlPlanes);
        assertThat(hosts(inventory, "etcd")).containsExactlyInAnyOrderElementsOf(controlPlanes);
        assertThat(hosts(inventory, "kube_node")).containsExactlyInAnyOrderElementsOf(workers.isEmpty() ? controlPlanes : workers);

        List<JsonNode> init = documents(tree.get(tree.files().keySet().stream().filter(p -> p.startsWith("provisioning/kubeadm/init-")).findFirst().orElseThrow()));
        JsonNode cluster = init.stream().filter(d -> d.path("kind").asText().equals("ClusterConfiguration")).findFirst().orElseThrow();
        String vip = profile.path("apiServer").path("vip").asText(null);
        int port = profile.path("apiServer").path("port").asInt(6443);
        if (vip != null) {
            assertThat(cluster.path("controlPlaneEndpoint").asText()).isEqualTo(vip + ":" + port);
            String haproxy = tree.get("provisioning/haproxy/haproxy.cfg");
            assertThat(haproxy).contains("bind *:" + port);
            int bindPort = init.get(0).path("localAPIEndpoint").path("bindPort").asInt();
            assertThat(bindPort).isNotEqualTo(port);
            for (String cp : controlPlanes) {
                assertThat(haproxy).containsPattern("server " + cp + " [0-9.]+:" + bindPort);
            }
            assertThat(haproxy).doesNotContain("server " + (workers.isEmpty() ? "none" : workers.get(0)) + " ");
            assertThat(zeroWarningHaproxy(repo.resolve("provisioning/haproxy/haproxy.cfg"))).isZero();
            assertThat(tree.get("provisioning/keepalived/keepalived.conf")).contains(vip + "/").contains("track_script");
        } else {
            assertThat(tree.files().keySet()).noneMatch(p -> p.startsWith("provisioning/haproxy/") || p.startsWith("provisioning/keepalived/"));
            assertThat(cluster.path("controlPlaneEndpoint").asText()).endsWith(":" + port);
        }
        if (profile.has("podCidr")) {
            assertThat(cluster.path("networking").path("podSubnet").asText()).isEqualTo(profile.path("podCidr").asText());
            assertThat(cluster.path("networking").path("serviceSubnet").asText()).isEqualTo(profile.path("serviceCidr").asText());
            assertThat(cluster.path("networking").path("dnsDomain").asText()).isEqualTo(profile.path("clusterDomain").asText());
        }

        // kube-proxy: there exactly when no CNI replaces it, and Prometheus scrapes it exactly then
        boolean kubeProxy = init.stream().anyMatch(d -> d.path("kind").asText().equals("KubeProxyConfiguration"));
        JsonNode cilium = tree.get("values/cilium.yaml") == null ? null : YAML.readTree(tree.get("values/cilium.yaml"));
        boolean replaced = cilium != null && cilium.path("kubeProxyReplacement").asText().equals("true");
        assertThat(kubeProxy).isEqualTo(!replaced);
        assertThat(cluster.path("proxy").path("disabled").asBoolean(false)).isEqualTo(replaced);
        JsonNode prometheus = YAML.readTree(tree.get("values/kube-prometheus-stack.yaml"));
        assertThat(prometheus.path("kubeProxy").path("enabled").asBoolean(true)).isEqualTo(!replaced);
        if (cilium != null) {
            assertThat(cilium.path("ipam").path("operator").path("clusterPoolIPv4PodCIDRList").get(0).asText())
                    .isEqualTo(cluster.path("networking").path("podSubnet").asText());
        }
        // the control-plane metrics kube-prometheus-stack's defaults scrape are reachable
        assertThat(cluster.toString()).contains("\"bind-address\"", "\"0.0.0.0\"", "http://0.0.0.0:2381");
    }

    @Test
    void brokenFiles_areReportedWithTheirLines(@TempDir Path dir) throws Exception {
        Tools.require("haproxy", "keepalived", "ansible-inventory");
        render(Files.readString(Path.of("examples/on-prem-full.yaml")), dir);
        Path p = dir.resolve("repo/provisioning");
        replace(p.resolve("kubeadm/init-cp1.yaml"), "controlPlaneEndpoint:", "controlPlaneEndpont:");
        replace(p.resolve("kubeadm/init-cp1.yaml"), "cgroupDriver: systemd", "cgroupDriver: 5");
        replace(p.resolve("kubeadm/join-cp2.yaml"), "kind: JoinConfiguration", "kind: JoinConfig");
        replace(p.resolve("haproxy/haproxy.cfg"), "balance roundrobin", "balance roundrobbin");
        replace(p.resolve("keepalived/keepalived.conf"), "advert_int 1", "advert_intx 1");
        replace(p.resolve("kubespray/inventory.ini"), "[kube_node]\n", "[kube_node]\n\n[spare]\n");
        List<Problem> problems = ProvisioningChecks.check(dir.resolve("repo"), ValidateOptions.defaults()).problems();
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).startsWith("provisioning/kubeadm/init-cp1.yaml:")
                .contains("unknown field 'controlPlaneEndpont' in ClusterConfiguration. Did you mean 'controlPlaneEndpoint'?"));
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).contains("cgroupDriver must be a string, not 5"));
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).contains("has no kind 'JoinConfig'. Did you mean 'JoinConfiguration'?"));
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).startsWith("provisioning/haproxy/haproxy.cfg:").contains("balance only supports"));
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).startsWith("provisioning/keepalived/keepalived.conf:").contains("Unknown keyword 'advert_intx'"));
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).startsWith("provisioning/kubespray/inventory.ini: group kube_node has no hosts"));
    }

    @Test
    void haproxyWarnings_areProblems(@TempDir Path dir) throws Exception {
        Tools.require("haproxy");
        render(Files.readString(Path.of("examples/on-prem-minimal.yaml")), dir);
        Path cfg = dir.resolve("repo/provisioning/haproxy/haproxy.cfg");
        replace(cfg, "    option tcplog\n", "    option tcplog\n    option forwardfor\n");
        List<Problem> problems = ProvisioningChecks.check(dir.resolve("repo"), ValidateOptions.defaults()).problems();
        assertThat(problems).extracting(Problem::display).anySatisfy(m -> assertThat(m).contains("haproxy -c warns").contains("forwardfor"));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                docs.add(it.next());
            }
        }
        return docs;
    }

    static JsonNode ansibleList(Path directory) throws Exception {
        Process p = new ProcessBuilder("ansible-inventory", "-i", "inventory.ini", "--list").directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new ObjectMapper().readTree(out);
    }

    static TreeSet<String> hosts(JsonNode list, String group) {
        TreeSet<String> out = new TreeSet<>();
        list.path(group).path("hosts").forEach(h -> out.add(h.asText()));
        list.path(group).path("children").forEach(c -> out.addAll(hosts(list, c.asText())));
        return out;
    }

    /** {@code haproxy -dW -c}: zero-warning mode fails on any warning. */
    static int zeroWarningHaproxy(Path cfg) throws Exception {
        Process p = new ProcessBuilder("haproxy", "-dW", "-c", "-f", cfg.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).doesNotContain("[WARNING]");
        return p.exitValue();
    }

}
