package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final Pattern RULE = Pattern.compile("group \"([^\"]*)\", rule (\\d+)");
    private static final Pattern GROUP = Pattern.compile("group(?:name)?:? \"([^\"]*)\"");
    private static final Pattern ALERT_TEST = Pattern.compile("alertname: ([^,]+), time: ([^,\\s]+)");
    private static final Pattern EXPR_TEST = Pattern.compile("expr: \"(.*)\", time: ([^,\\s]+)");
    private static final Pattern AM_LINE = Pattern.compile("line (\\d+): (.*)");

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

    private boolean available(String tool, String what, String install) {
        if (runner.find(tool).isPresent()) {
            return true;
        }
        missing.add(tool);
        skipped.add(tool + " is not installed: " + what + " not checked (" + install + ")");
        return false;
    }

    // ---- kubectl kustomize -------------------------------------------------------------------

    void kustomize(List<SourceFile> kustomizations) throws IOException, InterruptedException {
        if (kustomizations.isEmpty() || !available("kubectl", kustomizations.size() + " kustomization(s)", "install kubectl")) {
            return;
        }
        for (SourceFile kustomization : kustomizations) {
            String remote = remote(root.resolve(kustomization.path()).getParent(), new HashSet<>());
            if (remote != null) {
                skipped.add(kustomization.path() + ": not built with kubectl kustomize: " + remote + " needs the network");
                continue;
            }
            Path directory = root.resolve(kustomization.path()).getParent();
            ToolRunner.Run run = runner.run(KUBECTL, directory, List.of("kubectl", "kustomize", "."));
            if (!run.ok()) {
                String output = kubectlError(relative(run.output()).strip());
                problems.add(new Problem(kustomization.path(), lineMentioned(kustomization, output), "kustomize",
                        "kubectl kustomize fails: " + shorten(output.replaceFirst("^error: ", "")) + ". Fix the kustomization or the files it names"));
            }
        }
    }

    /** The first remote resource (or Helm chart) a kustomization uses, following local bases; null when none. */
    private String remote(Path directory, Set<Path> seen) throws IOException {
        if (!seen.add(directory.normalize())) {
            return null;
        }
        Path file = null;
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(directory.resolve(name))) {
                file = directory.resolve(name);
                break;
            }
        }
        if (file == null) {
            return null;
        }
        List<YamlDocuments.Document> documents;
        try {
            documents = YamlDocuments.parse(Files.readString(file));
        } catch (RuntimeException e) {
            return null; // kubectl itself reports it
        }
        for (YamlDocuments.Document document : documents) {
            JsonNode k = document.root();
            if (k.has("helmCharts")) {
                return "helmCharts (kubectl kustomize --enable-helm)";
            }
            for (String field : List.of("resources", "bases", "components")) {
                for (JsonNode entry : k.path(field)) {
                    String value = entry.asText();
                    if (value.contains("://") || value.startsWith("github.com/") || value.startsWith("git@") || value.contains("?ref=")) {
                        return "remote resource " + value;
                    }
                    Path local = directory.resolve(value);
                    if (Files.isDirectory(local)) {
                        String nested = remote(local, seen);
                        if (nested != null) {
                            return nested;
                        }
                    }
                }
            }
        }
        return null;
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

    // ---- promtool check rules ----------------------------------------------------------------

    void prometheusRules(List<ManifestObject> rules) throws IOException, InterruptedException {
        if (rules.isEmpty() || !available(PROMTOOL, rules.size() + " PrometheusRule(s)", "apt-get install prometheus")) {
            return;
        }
        for (ManifestObject rule : rules) {
            Path file = groupsFile(List.of(rule));
            ToolRunner.Run run = runner.run(PROMTOOL, temporary, List.of(PROMTOOL, "check", "rules", file.getFileName().toString()));
            if (run.ok()) {
                continue;
            }
            String name = file.getFileName().toString();
            for (String line : run.output().lines().toList()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("Checking ") || text.equals("FAILED:") || text.startsWith("SUCCESS")) {
                    continue;
                }
                text = text.replace(file.toString(), "").replace(name, "").replaceFirst("^: ", "").replaceFirst("^\\d+:\\d+: ", "");
                problems.add(new Problem(rule.file().path(), ruleLine(rule, text), "promtool",
                        "PrometheusRule " + rule.name() + ": promtool check rules: " + text + ". Fix the rule"));
            }
        }
    }

    private static int ruleLine(ManifestObject rule, String message) {
        JsonNode groups = rule.body().path("spec").path("groups");
        Matcher m = RULE.matcher(message);
        Matcher g = GROUP.matcher(message);
        boolean withRule = m.find();
        String group = withRule ? m.group(1) : g.find() ? g.group(1) : null;
        for (int i = 0; group != null && i < groups.size(); i++) {
            if (group.equals(groups.get(i).path("name").asText())) {
                if (withRule) {
                    String pointer = "/spec/groups/" + i + "/rules/" + (Integer.parseInt(m.group(2)) - 1);
                    return message.contains("expression") ? rule.lineOf(pointer + "/expr") : rule.lineOf(pointer);
                }
                return rule.lineOf("/spec/groups/" + i);
            }
        }
        return rule.lineOf("/spec/groups");
    }

    /** {@code {groups: ...}} of the PrometheusRules, written where promtool can read it. */
    private Path groupsFile(List<ManifestObject> rules) throws IOException {
        ArrayNode groups = YAML.createArrayNode();
        rules.forEach(r -> r.body().path("spec").path("groups").forEach(groups::add));
        ObjectNode document = YAML.createObjectNode();
        document.set("groups", groups);
        Path file = temporary.resolve("rules-" + (++counter) + ".yaml");
        YAML.writeValue(file.toFile(), document);
        return file;
    }

    // ---- promtool test rules -----------------------------------------------------------------

    void ruleTests(List<SourceFile> tests, Map<String, List<ManifestObject>> objectsByFile) throws IOException, InterruptedException {
        if (tests.isEmpty() || !available(PROMTOOL, tests.size() + " promtool unit test file(s)", "apt-get install prometheus")) {
            return;
        }
        for (SourceFile test : tests) {
            if (test.documents().isEmpty() || !test.documents().get(0).root().isObject()) {
                problems.add(new Problem(test.path(), 1, "promtool-test", "not a promtool unit-test file (no rule_files/tests). Write one as promtool test rules expects"));
                continue;
            }
            YamlDocuments.Document document = test.documents().get(0);
            ObjectNode rewritten = document.root().deepCopy();
            ArrayNode ruleFiles = YAML.createArrayNode();
            Path testDirectory = test.absolute().getParent();
            JsonNode declared = document.root().path("rule_files");
            boolean broken = false;
            for (int i = 0; i < declared.size(); i++) {
                String entry = declared.get(i).asText();
                Path target = testDirectory.resolve(entry).normalize();
                String relativeTarget = root.relativize(target).toString().replace('\\', '/');
                List<ManifestObject> rules = objectsByFile.getOrDefault(relativeTarget, List.of()).stream()
                        .filter(o -> "PrometheusRule".equals(o.kind())).toList();
                if (!rules.isEmpty()) {
                    ruleFiles.add(groupsFile(rules).toString());
                } else if (Files.isRegularFile(target) || entry.contains("*")) {
                    ruleFiles.add(target.toString());
                } else {
                    problems.add(new Problem(test.path(), document.lineOf("/rule_files/" + i), "promtool-test",
                            "rule file " + entry + " does not exist (rule_files are relative to the test file). Fix the path"));
                    broken = true;
                }
            }
            if (broken) {
                continue;
            }
            rewritten.set("rule_files", ruleFiles);
            Path file = temporary.resolve("test-" + (++counter) + ".yaml");
            YAML.writeValue(file.toFile(), rewritten);
            ToolRunner.Run run = runner.run(PROMTOOL, temporary, List.of(PROMTOOL, "test", "rules", file.getFileName().toString()));
            if (!run.ok()) {
                testFailures(test, document, relative(run.output().replace(file.toString(), test.path())));
            }
        }
    }

    private void testFailures(SourceFile test, YamlDocuments.Document document, String output) {
        int before = problems.size();
        for (String line : output.lines().toList()) {
            Matcher alert = ALERT_TEST.matcher(line);
            Matcher expr = EXPR_TEST.matcher(line);
            if (alert.find()) {
                String pointer = findTest(document.root(), "alert_rule_test", "alertname", alert.group(1).trim(), alert.group(2));
                problems.add(new Problem(test.path(), document.lineOf(pointer), "promtool-test", "promtool test rules: alert "
                        + alert.group(1).trim() + " at " + alert.group(2) + " is not what the test expects (" + expectedGot(output, line)
                        + "). Fix the rule or the test's exp_alerts"));
            } else if (expr.find()) {
                String pointer = findTest(document.root(), "promql_expr_test", "expr", expr.group(1), expr.group(2));
                problems.add(new Problem(test.path(), document.lineOf(pointer), "promtool-test", "promtool test rules: expr "
                        + expr.group(1) + " at " + expr.group(2) + " is not what the test expects. Fix the rule or the test's exp_samples"));
            }
        }
        if (problems.size() == before) {
            String text = output.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Unit Testing") && !l.equals("FAILED:")).reduce((a, b) -> a + "; " + b).orElse("failed");
            Matcher am = AM_LINE.matcher(text);
            problems.add(new Problem(test.path(), am.find() ? Integer.parseInt(am.group(1)) : 1, "promtool-test",
                    "promtool test rules: " + shorten(text) + ". Fix the test file"));
        }
    }

    private static String expectedGot(String output, String from) {
        int at = output.indexOf(from);
        String rest = output.substring(at + from.length());
        Matcher exp = Pattern.compile("exp:\\s*(\\[[^\\n]*)").matcher(rest);
        Matcher got = Pattern.compile("got:\\s*(\\[[^\\n]*)").matcher(rest);
        String e = exp.find() ? exp.group(1).replaceAll(",\\s*$", "") : "?";
        String g = got.find() ? got.group(1).replaceAll(",\\s*$", "") : "?";
        if (g.equals("[")) {
            g = "alerts firing";
        }
        if (e.equals("[")) {
            e = "alerts firing";
        }
        return "expected " + e + ", got " + g;
    }

    private static String findTest(JsonNode root, String list, String field, String value, String time) {
        JsonNode tests = root.path("tests");
        String fallback = "/tests";
        for (int i = 0; i < tests.size(); i++) {
            JsonNode items = tests.get(i).path(list);
            for (int j = 0; j < items.size(); j++) {
                if (value.equals(items.get(j).path(field).asText())) {
                    String pointer = "/tests/" + i + "/" + list + "/" + j;
                    if (time.equals(items.get(j).path("eval_time").asText())) {
                        return pointer;
                    }
                    fallback = pointer;
                }
            }
        }
        return fallback;
    }

    // ---- amtool check-config -----------------------------------------------------------------

    /** An Alertmanager configuration somewhere in the tree: the text and where its line 1 is. */
    record AlertmanagerConfig(String file, String text, int firstLine, boolean linesKnown, String label) {}

    static List<AlertmanagerConfig> alertmanagerConfigs(List<ManifestObject> secrets, List<SourceFile> plain) {
        List<AlertmanagerConfig> configs = new ArrayList<>();
        for (ManifestObject secret : secrets) {
            JsonNode text = secret.body().path("stringData").get("alertmanager.yaml");
            if (text != null && text.isTextual()) {
                String pointer = "/stringData/alertmanager.yaml";
                boolean block = secret.valueLine(pointer) < lineAfter(secret, pointer);
                configs.add(new AlertmanagerConfig(secret.file().path(), text.asText(), secret.valueLine(pointer) + (block ? 1 : 0), true,
                        "Secret " + secret.name()));
            }
            JsonNode data = secret.body().path("data").get("alertmanager.yaml");
            if (data != null && data.isTextual()) {
                try {
                    configs.add(new AlertmanagerConfig(secret.file().path(),
                            new String(Base64.getMimeDecoder().decode(data.asText()), StandardCharsets.UTF_8),
                            secret.lineOf("/data/alertmanager.yaml"), false, "Secret " + secret.name()));
                } catch (IllegalArgumentException e) {
                    configs.add(new AlertmanagerConfig(secret.file().path(), null, secret.lineOf("/data/alertmanager.yaml"), false, "Secret " + secret.name()));
                }
            }
        }
        for (SourceFile file : plain) {
            try {
                configs.add(new AlertmanagerConfig(file.path(), Files.readString(file.absolute()), 1, true, "Alertmanager configuration"));
            } catch (IOException e) {
                // unreadable files are reported by the YAML check
            }
        }
        return configs;
    }

    /** A block scalar's text starts on the line after its indicator; a quoted string on the same line. */
    private static int lineAfter(ManifestObject object, String pointer) {
        return object.lineOf(pointer) + 1;
    }

    void alertmanager(List<AlertmanagerConfig> configs) throws IOException, InterruptedException {
        if (configs.isEmpty() || !available(AMTOOL, configs.size() + " Alertmanager configuration(s)", "apt-get install prometheus-alertmanager")) {
            return;
        }
        for (AlertmanagerConfig config : configs) {
            if (config.text() == null) {
                problems.add(new Problem(config.file(), config.firstLine(), "amtool", config.label()
                        + ": data.alertmanager.yaml is not base64. Encode it (base64 -w0) or use stringData"));
                continue;
            }
            Path file = temporary.resolve("alertmanager-" + (++counter) + ".yaml");
            Files.writeString(file, config.text());
            ToolRunner.Run run = runner.run(AMTOOL, temporary, List.of(AMTOOL, "check-config", file.getFileName().toString()));
            if (run.ok()) {
                continue;
            }
            boolean found = false;
            for (String line : run.output().lines().toList()) {
                Matcher m = AM_LINE.matcher(line);
                if (m.find()) {
                    int at = config.linesKnown() ? config.firstLine() + Integer.parseInt(m.group(1)) - 1 : config.firstLine();
                    problems.add(new Problem(config.file(), at, "amtool", config.label() + ": amtool check-config: " + m.group(2).strip()
                            + ". Fix the Alertmanager configuration"));
                    found = true;
                }
            }
            if (!found) {
                String text = run.output().lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("amtool: error")).map(l -> l.replaceFirst("^Checking '[^']*'\\s*", ""))
                        .map(l -> l.replaceFirst("^FAILED: ", "")).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "; " + b).orElse("failed");
                problems.add(new Problem(config.file(), config.firstLine(), "amtool", config.label() + ": amtool check-config: "
                        + shorten(text) + ". Fix the Alertmanager configuration"));
            }
        }
    }

    Map<String, Integer> runs() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put(KUBECTL, runner.runs(KUBECTL));
        out.put(PROMTOOL, runner.runs(PROMTOOL));
        out.put(AMTOOL, runner.runs(AMTOOL));
        return out;
    }

    private String relative(String output) {
        String prefix = root.toString() + "/";
        return output.replace(prefix, "").replace(temporary.toString() + "/", "");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s*\\n\\s*", "; ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }
}
