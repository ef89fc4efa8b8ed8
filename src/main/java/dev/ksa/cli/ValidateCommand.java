package dev.ksa.cli;

import dev.ksa.support.Documents;
import dev.ksa.support.UserError;
import dev.ksa.validate.Problem;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ksa validate DIR}: checks a GitOps tree as the tools that consume it will. One line per
 * problem ({@code path:line: what is wrong. what to do}) on stdout; what was skipped on stderr.
 * Exit 0 when valid, 1 when a problem was found, 2 for bad usage, 3 when {@code --require-tools}
 * is given and a needed tool is not installed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a directory (what ksa generate wrote): YAML, Kubernetes objects, custom resources against "
                + "their CRDs, Helm values against the upstream charts; every Application rendered (Helm charts from --charts, "
                + "kustomizations) and the whole platform cross-checked (references, ownership, drift, wave order, air gap, single sign-on); "
                + "and the real tools (kubectl kustomize, promtool check/test rules, amtool check-config).")
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to validate.")
    Path directory;

    @Option(names = "--crds", paramLabel = "DIR", description = "A folder of CustomResourceDefinitions to check custom resources against (repeatable).")
    List<Path> crds = new ArrayList<>();

    @Option(names = "--charts", paramLabel = "DIR", description = "A folder searched for complete upstream charts: values files are checked against them and every "
            + "Helm Application is rendered with real Helm from them (repeatable; default: none, and then nothing is rendered).")
    List<Path> charts = new ArrayList<>();

    @Option(names = "--manifests", paramLabel = "DIR", description = "A folder of release manifests kept offline (what airgap/mirror.sh vendors): "
            + "kustomizations that name remote resources are built from these copies (repeatable).")
    List<Path> manifests = new ArrayList<>();

    @Option(names = "--rendered", paramLabel = "DIR", description = "Write the objects every Application creates (rendered charts, built kustomizations) to DIR, one YAML file per Application.")
    Path rendered;

    @Option(names = "--strict", description = "Fail (exit 1) when anything could not be checked: a chart not under --charts, a remote resource, a missing tool.")
    boolean strict;

    @Option(names = "--require-tools", description = "Exit 3 when a tool the tree needs (kubectl, promtool, amtool) is not installed.")
    boolean requireTools;

    @Option(names = "--no-tools", description = "Do not run the external tools; only what ksa checks itself.")
    boolean noTools;

    @Option(names = "--tool-timeout", paramLabel = "SECONDS", description = "Timeout of one tool run (default: 60).")
    int toolTimeout = 60;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Formats.Standard.class, completionCandidates = Formats.Standard.class,
            description = "table, json or yaml (default: table; json and yaml print the summary on stderr).")
    String output = "table";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path folder : charts) {
            if (!java.nio.file.Files.isDirectory(folder)) {
                throw new UserError(folder + ": no such directory for --charts. Give a folder holding upstream charts");
            }
        }
        ValidateOptions options = new ValidateOptions(crds, charts, requireTools, !noTools, Duration.ofSeconds(Math.max(1, toolTimeout)), strict, rendered, manifests);
        ValidationReport report = Validator.validate(directory, options);
        print(report, err);
        if (!output.equals("table")) {
            out.print(output.equals("json") ? Documents.json(document(report)) : Documents.yaml(document(report)));
            err.println("ksa: " + report.summary());
        } else {
            report.problems().forEach(p -> out.println(p.display()));
            out.println(report.summary());
        }
        out.flush();
        err.flush();
        if (requireTools && !report.missingTools().isEmpty()) {
            err.println("ksa: --require-tools: not installed: " + String.join(", ", report.missingTools()));
            err.flush();
            return 3;
        }
        return report.valid() ? 0 : 1;
    }

    /** What could not be checked, then how it was checked, on stderr. */
    static void print(ValidationReport report, PrintWriter err) {
        report.skipped().forEach(s -> err.println("ksa: not checked: " + s));
        report.notes().forEach(s -> err.println("ksa: " + s));
    }

    /** The JSON shape: {problems:[{file, line, check, message}], checked:{...}, skipped:[...], notes:[...], strict, valid}. */
    static Map<String, Object> document(ValidationReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("file", p.file());
            problem.put("line", p.line());
            problem.put("check", p.check());
            problem.put("message", p.message());
            problems.add(problem);
        }
        doc.put("problems", problems);
        Map<String, Object> checked = new LinkedHashMap<>();
        checked.put("files", report.checked().files());
        checked.put("objects", report.checked().objects());
        checked.put("customResources", report.checked().customResources());
        checked.put("valuesFiles", report.checked().valuesFiles());
        checked.put("charts", report.checked().charts());
        checked.put("applications", report.checked().applications());
        List<Map<String, Object>> tools = new ArrayList<>();
        for (ValidationReport.ToolUse tool : report.checked().tools()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("tool", tool.tool());
            t.put("version", tool.version());
            t.put("runs", tool.runs());
            tools.add(t);
        }
        checked.put("tools", tools);
        doc.put("checked", checked);
        doc.put("skipped", report.skipped());
        doc.put("notes", report.notes());
        doc.put("missingTools", report.missingTools());
        doc.put("strict", report.strict());
        doc.put("valid", report.valid());
        return doc;
    }
}
