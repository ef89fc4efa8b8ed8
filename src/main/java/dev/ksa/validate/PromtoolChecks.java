package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code promtool check rules} on every PrometheusRule's groups and {@code promtool test rules} on
 * every unit-test file (a {@code rule_files} entry naming a PrometheusRule manifest gets its groups),
 * with promtool's messages mapped back to the rule or test they are about.
 */
final class PromtoolChecks {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final Pattern RULE = Pattern.compile("group \"([^\"]*)\", rule (\\d+)");
    private static final Pattern GROUP = Pattern.compile("group(?:name)?:? \"([^\"]*)\"");
    private static final Pattern ALERT_TEST = Pattern.compile("alertname: ([^,]+), time: ([^,\\s]+)");
    private static final Pattern EXPR_TEST = Pattern.compile("expr: \"(.*)\", time: ([^,\\s]+)");
    private static final Pattern LINE = Pattern.compile("line (\\d+): (.*)");

    private final ToolChecks checks;

    PromtoolChecks(ToolChecks checks) {
        this.checks = checks;
    }

    void prometheusRules(List<ManifestObject> rules) throws IOException, InterruptedException {
        if (rules.isEmpty() || !checks.available(ToolChecks.PROMTOOL, rules.size() + " PrometheusRule(s)", "apt-get install prometheus")) {
            return;
        }
        for (ManifestObject rule : rules) {
            Path file = groupsFile(List.of(rule));
            ToolRunner.Run run = checks.runner().run(ToolChecks.PROMTOOL, checks.temporary(), List.of(ToolChecks.PROMTOOL, "check", "rules", file.getFileName().toString()));
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
                checks.problem(new Problem(rule.file().path(), ruleLine(rule, text), "promtool",
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
        Path file = checks.scratch("rules");
        YAML.writeValue(file.toFile(), document);
        return file;
    }

    void ruleTests(List<SourceFile> tests, Map<String, List<ManifestObject>> objectsByFile) throws IOException, InterruptedException {
        if (tests.isEmpty() || !checks.available(ToolChecks.PROMTOOL, tests.size() + " promtool unit test file(s)", "apt-get install prometheus")) {
            return;
        }
        for (SourceFile test : tests) {
            if (test.documents().isEmpty() || !test.documents().get(0).root().isObject()) {
                checks.problem(new Problem(test.path(), 1, "promtool-test", "not a promtool unit-test file (no rule_files/tests). Write one as promtool test rules expects"));
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
                String relativeTarget = checks.root().relativize(target).toString().replace('\\', '/');
                List<ManifestObject> rules = objectsByFile.getOrDefault(relativeTarget, List.of()).stream()
                        .filter(o -> "PrometheusRule".equals(o.kind())).toList();
                if (!rules.isEmpty()) {
                    ruleFiles.add(groupsFile(rules).toString());
                } else if (Files.isRegularFile(target) || entry.contains("*")) {
                    ruleFiles.add(target.toString());
                } else {
                    checks.problem(new Problem(test.path(), document.lineOf("/rule_files/" + i), "promtool-test",
                            "rule file " + entry + " does not exist (rule_files are relative to the test file). Fix the path"));
                    broken = true;
                }
            }
            if (broken) {
                continue;
            }
            rewritten.set("rule_files", ruleFiles);
            Path file = checks.scratch("test");
            YAML.writeValue(file.toFile(), rewritten);
            ToolRunner.Run run = checks.runner().run(ToolChecks.PROMTOOL, checks.temporary(), List.of(ToolChecks.PROMTOOL, "test", "rules", file.getFileName().toString()));
            if (!run.ok()) {
                testFailures(test, document, checks.relative(run.output().replace(file.toString(), test.path())));
            }
        }
    }

    private void testFailures(SourceFile test, YamlDocuments.Document document, String output) {
        int before = checks.problemCount();
        for (String line : output.lines().toList()) {
            Matcher alert = ALERT_TEST.matcher(line);
            Matcher expr = EXPR_TEST.matcher(line);
            if (alert.find()) {
                String pointer = findTest(document.root(), "alert_rule_test", "alertname", alert.group(1).trim(), alert.group(2));
                checks.problem(new Problem(test.path(), document.lineOf(pointer), "promtool-test", "promtool test rules: alert "
                        + alert.group(1).trim() + " at " + alert.group(2) + " is not what the test expects (" + expectedGot(output, line)
                        + "). Fix the rule or the test's exp_alerts"));
            } else if (expr.find()) {
                String pointer = findTest(document.root(), "promql_expr_test", "expr", expr.group(1), expr.group(2));
                checks.problem(new Problem(test.path(), document.lineOf(pointer), "promtool-test", "promtool test rules: expr "
                        + expr.group(1) + " at " + expr.group(2) + " is not what the test expects. Fix the rule or the test's exp_samples"));
            }
        }
        if (checks.problemCount() == before) {
            String text = output.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Unit Testing") && !l.equals("FAILED:")).reduce((a, b) -> a + "; " + b).orElse("failed");
            Matcher am = LINE.matcher(text);
            checks.problem(new Problem(test.path(), am.find() ? Integer.parseInt(am.group(1)) : 1, "promtool-test",
                    "promtool test rules: " + ToolChecks.shorten(text) + ". Fix the test file"));
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
}
