package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real tools on what they consume: {@code kubectl kustomize} on every kustomization,
 * {@code promtool check rules} on every PrometheusRule's groups, {@code promtool test rules} on
 * every {@code *.test.yaml}, {@code amtool check-config} on Alertmanager configurations. Their
 * messages are mapped back to the file and line of the tree where that is possible.
 */
final class ToolChecks {
    static final String KUBECTL = "kubectl kustomize";
    static final String PROMTOOL = "promtool";
    static final String AMTOOL = "amtool";

    private final Path root;
    private final Path temporary;
    private final ToolRunner runner;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Set<String> missing = new TreeSet<>();
    private int counter;

    ToolChecks(Path root, Path temporary, ToolRunner runner) {
        this.root = root;
        this.temporary = temporary;
        this.runner = runner;
    }

    List<Problem> problems() {
        return problems;
    }

    List<String> skipped() {
        return skipped;
    }

    Set<String> missing() {
        return missing;
    }

    boolean available(String tool, String what, String install) {
        if (runner.find(tool).isPresent()) {
            return true;
        }
        missing.add(tool);
        skipped.add(tool + " is not installed: " + what + " not checked (" + install + ")");
        return false;
    }

    // ---- kubectl kustomize -------------------------------------------------------------------

    void kustomize(List<SourceFile> kustomizations, Kustomize kustomize) throws IOException {
        if (kustomizations.isEmpty() || !available("kubectl", kustomizations.size() + " kustomization(s)", "install kubectl")) {
            return;
        }
        for (SourceFile kustomization : kustomizations) {
            Kustomize.Build build = kustomize.build(root.resolve(kustomization.path()).getParent());
            if (build.remote() != null) {
                skipped.add(Kustomize.remoteSkip(kustomization.path(), build.remote()));
            } else if (build.failure() != null) {
                String output = relative(build.failure());
                problems.add(new Problem(kustomization.path(), lineMentioned(kustomization, output), "kustomize",
                        "kubectl kustomize fails: " + shorten(output.replaceFirst("^error: ", "")) + ". Fix the kustomization or the files it names"));
            }
        }
    }

    /** kubectl's own line without the klog prefix ({@code E1201 ... "command failed" err="..."}). */
    static String kubectlError(String output) {
        Matcher m = Pattern.compile("err=\"(.*)\"\\s*$", Pattern.DOTALL).matcher(output);
        String text = m.find() ? m.group(1).replace("\\\"", "\"") : output;
        int cut = text.indexOf("': must build at directory");
        return cut > 0 ? text.substring(0, cut + 1) : text;
    }

    private static int lineMentioned(SourceFile file, String output) throws IOException {
        List<String> lines = Files.readAllLines(file.absolute());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("- ")) {
                String value = line.substring(2).trim().replaceAll("^[\"']|[\"']$", "");
                if (!value.isEmpty() && (output.contains("'" + value + "'") || output.contains("/" + value + "'") || output.contains(value + ":"))) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    // ---- promtool and amtool: their own classes, sharing this one's state ---------------------

    void prometheusRules(List<ManifestObject> rules) throws IOException, InterruptedException {
        new PromtoolChecks(this).prometheusRules(rules);
    }

    void ruleTests(List<SourceFile> tests, Map<String, List<ManifestObject>> objectsByFile) throws IOException, InterruptedException {
        new PromtoolChecks(this).ruleTests(tests, objectsByFile);
    }

    static List<AlertmanagerChecks.Config> alertmanagerConfigs(List<ManifestObject> secrets, List<SourceFile> plain) {
        return AlertmanagerChecks.configs(secrets, plain);
    }

    void alertmanager(List<AlertmanagerChecks.Config> configs) throws IOException, InterruptedException {
        new AlertmanagerChecks(this).check(configs);
    }

    Path root() {
        return root;
    }

    Path temporary() {
        return temporary;
    }

    ToolRunner runner() {
        return runner;
    }

    void problem(Problem problem) {
        problems.add(problem);
    }

    int problemCount() {
        return problems.size();
    }

    /** A fresh name for a file handed to a tool in the temporary directory. */
    Path scratch(String prefix) {
        return temporary.resolve(prefix + "-" + (++counter) + ".yaml");
    }

    Map<String, Integer> runs() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put(KUBECTL, runner.runs(KUBECTL));
        out.put(PROMTOOL, runner.runs(PROMTOOL));
        out.put(AMTOOL, runner.runs(AMTOOL));
        return out;
    }

    String relative(String output) {
        String prefix = root.toString() + "/";
        return output.replace(prefix, "").replace(temporary.toString() + "/", "");
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s*\\n\\s*", "; ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }
}
