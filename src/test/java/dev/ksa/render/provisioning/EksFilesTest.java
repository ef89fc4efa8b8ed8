package dev.ksa.render.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import dev.ksa.render.FileTree;
import dev.ksa.render.Renderer;
import dev.ksa.testing.Tools;
import dev.ksa.testing.Upstream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EKS starting point against terraform-aws-modules/eks v21 (../shared/upstream/terraform-eks):
 * every argument of the module call is one of its variables, every node group attribute one of its
 * node group object's; the group is sized from the profile. {@code terraform fmt -check} runs where
 * Terraform is installed: neither Debian nor npm ships it, so CI cannot install it and skips.
 */
class EksFilesTest {
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    static FileTree aws() {
        return new Renderer(Catalog.load()).render(new Planner(Catalog.load(), DECEMBER_2026).plan(ProfileReader.read(Path.of("examples/aws.yaml"))), Lang.EN);
    }

    @Test
    void moduleArguments_areVariablesOfTheUpstreamModule() throws Exception {
        String variables = Files.readString(Upstream.require("terraform-eks/variables.tf"));
        Set<String> declared = new TreeSet<>();
        Matcher v = Pattern.compile("(?m)^variable \"([a-z0-9_]+)\"").matcher(variables);
        while (v.find()) {
            declared.add(v.group(1));
        }
        String main = aws().get("provisioning/terraform/main.tf");
        String module = main.substring(main.indexOf("module \"eks\" {"));
        Set<String> used = new TreeSet<>();
        Matcher a = Pattern.compile("(?m)^  ([a-z0-9_]+)\\s+=").matcher(module);
        while (a.find()) {
            used.add(a.group(1));
        }
        used.removeAll(Set.of("source", "version"));
        assertThat(used).isNotEmpty();
        assertThat(declared).containsAll(used);

        String groups = variables.substring(variables.indexOf("variable \"eks_managed_node_groups\""));
        groups = groups.substring(0, groups.indexOf("\n}\n"));
        String nodeGroups = module.substring(module.indexOf("eks_managed_node_groups"));
        nodeGroups = nodeGroups.substring(0, nodeGroups.indexOf("\n  }\n"));
        Matcher g = Pattern.compile("(?m)^      ([a-z_]+)\\s+=").matcher(nodeGroups);
        while (g.find()) {
            assertThat(groups).as("node group attribute %s", g.group(1)).containsPattern("(?m)^\\s+" + g.group(1) + "\\s+=");
        }
        // examples/aws.yaml: 4 workers of 8 vCPU / 32 GiB
        assertThat(module).contains("instance_types = [\"m7i.2xlarge\"]").contains("desired_size   = 4").contains("kubernetes_version");
        assertThat(aws().get("provisioning/terraform/iam.tf")).contains("aws_eks_pod_identity_association\" \"velero\"")
                .contains("service_account = \"velero-server\"").contains("bucket = \"cloud-backups\"").contains("bucket = \"cloud-traces\"");
    }

    @Test
    void instanceType_isTheSmallestThatFits_unlessTheProfileNamesOne() {
        assertThat(EksFiles.instanceType(new dev.ksa.plan.Profile.NodeSize(8.0, 32.0, null))).isEqualTo("m7i.2xlarge");
        assertThat(EksFiles.instanceType(new dev.ksa.plan.Profile.NodeSize(4.0, 30.0, null))).isEqualTo("r7i.xlarge");
        assertThat(EksFiles.instanceType(new dev.ksa.plan.Profile.NodeSize(16.0, 32.0, null))).isEqualTo("c7i.4xlarge");
        assertThat(EksFiles.instanceType(new dev.ksa.plan.Profile.NodeSize(8.0, 32.0, "m8g.2xlarge"))).isEqualTo("m8g.2xlarge");
    }

    @Test
    void terraformFmt_leavesTheFilesAsTheyAre(@TempDir Path dir) throws Exception {
        if (!Tools.installed("terraform")) {
            Assumptions.abort("terraform is not installed (neither Debian nor npm ships it); terraform fmt not run");
        }
        FileTree tree = aws();
        for (var e : tree.files().entrySet()) {
            if (e.getKey().endsWith(".tf")) {
                Files.writeString(dir.resolve(Path.of(e.getKey()).getFileName().toString()), e.getValue());
            }
        }
        Process p = new ProcessBuilder("terraform", "fmt", "-check", "-diff", ".").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
