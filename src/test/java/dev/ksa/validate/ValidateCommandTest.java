package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.cli.Main;
import dev.ksa.cli.ValidateCommand;
import dev.ksa.support.UserError;
import dev.ksa.testing.Tools;
import dev.ksa.testing.Upstream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ksa validate} end to end, in-process: exact stdout, stderr notes and exit codes. */
class ValidateCommandTest {
    record Result(int exit, String out, String err) {}

    private static Result ksa(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int exit;
        if (new CommandLine(new Main()).getSubcommands().containsKey("validate")) {
            exit = Main.run(args, o, e);
        } else {
            // Until Main lists ValidateCommand: the same command, with Main's handling of user errors.
            CommandLine cli = new CommandLine(new ValidateCommand());
            cli.setOut(o);
            cli.setErr(e);
            cli.setExecutionExceptionHandler((ex, c, p) -> {
                if (ex instanceof UserError user) {
                    e.println("ksa: " + user.getMessage());
                    return user.exitCode();
                }
                throw ex;
            });
            cli.setParameterExceptionHandler((ex, a) -> {
                e.println("ksa: " + ex.getMessage());
                return 2;
            });
            exit = cli.execute(args.length > 0 && args[0].equals("validate") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
        }
        o.flush();
        e.flush();
        return new Result(exit, out.toString(), err.toString());
    }

    private static List<String> withUpstream(String tree, String... extra) {
        List<String> args = new ArrayList<>(List.of("validate", Fixtures.tree(tree).toString()));
        Fixtures.crds().forEach(c -> args.addAll(List.of("--crds", c.toString())));
        args.addAll(List.of("--charts", Upstream.root().toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void goodTree_exits0_withTheSummary() {
        Tools.require("kubectl", "promtool", "amtool");

        Result result = ksa(withUpstream("good", "--require-tools").toArray(String[]::new));

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("validated 13 files, 71 objects (2 charts rendered, 4 Applications deployed): 0 problems,"
                + " 11 not checked (listed above; --strict fails on them); checked with kubectl kustomize, promtool, amtool\n");
        assertThat(result.err()).contains("ksa: not checked: values/grafana.yaml: Deployment monitoring/grafana refers to Secret monitoring/grafana-admin,"
                + " which may come from the cluster this tree is applied to");
    }

    @Test
    void goodTree_underStrict_exits1_forWhatItCouldNotCheck() {
        Tools.require("kubectl", "promtool", "amtool");

        Result result = ksa(withUpstream("good", "--strict").toArray(String[]::new));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).endsWith("0 problems, 11 not checked (--strict: a failure); checked with kubectl kustomize, promtool, amtool\n");
    }

    @Test
    void brokenTree_exits1_withOneLinePerProblem() {
        Result result = ksa(withUpstream("unknown-field", "--no-tools").toArray(String[]::new));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(4).last()
                .isEqualTo("validated 1 files, 2 objects (0 charts rendered, 0 Applications deployed): 3 problems, 2 not checked"
                        + " (listed above; --strict fails on them); no external tool ran");
        assertThat(result.out().lines().toList().get(0)).startsWith("deployment.yaml:17: Deployment spec.template.spec.containers[0] has no field 'imagePullPolicyy'.");
    }

    @Test
    void json_hasProblemsCheckedAndSkipped() throws Exception {
        Result result = ksa(withUpstream("cr-invalid", "--no-tools", "-o", "json").toArray(String[]::new));

        assertThat(result.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("problems")).hasSize(3);
        assertThat(json.at("/problems/0/file").asText()).isEqualTo("metallb.yaml");
        assertThat(json.at("/problems/0/line").asInt()).isEqualTo(7);
        assertThat(json.at("/problems/0/check").asText()).isEqualTo("crd");
        assertThat(json.at("/checked/objects").asInt()).isEqualTo(3);
        assertThat(json.at("/checked/customResources").asInt()).isEqualTo(2);
        assertThat(json.path("skipped").toString()).contains("1 custom resource not checked against a CRD (give --crds DIR with their CRDs): Widget.example.com (1)");
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("notes").toString()).contains("no Argo CD Application in the tree");
        assertThat(result.err().lines().reduce((a, b) -> b).orElse("")).startsWith("ksa: validated 1 files, 3 objects (0 charts rendered, 0 Applications deployed): 3 problems,");
    }

    @Test
    void missingDirectory_exits2() {
        Result result = ksa("validate", "/nonexistent/tree");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("ksa: /nonexistent/tree: no such directory. Give the directory ksa generate wrote: ksa validate DIR\n");
        assertThat(result.out()).isEmpty();
    }
}
