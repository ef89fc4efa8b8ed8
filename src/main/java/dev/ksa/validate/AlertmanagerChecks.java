package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code amtool check-config} on every Alertmanager configuration in the tree: Secrets with an
 * {@code alertmanager.yaml} key (stringData or base64 data) and plain {@code alertmanager.yaml}
 * files, amtool's {@code line N} mapped back into the block scalar it came from.
 */
final class AlertmanagerChecks {
    private static final Pattern LINE = Pattern.compile("line (\\d+): (.*)");

    private final ToolChecks checks;

    AlertmanagerChecks(ToolChecks checks) {
        this.checks = checks;
    }

    /** An Alertmanager configuration somewhere in the tree: the text and where its line 1 is. */
    record Config(String file, String text, int firstLine, boolean linesKnown, String label) {}

    static List<Config> configs(List<ManifestObject> secrets, List<SourceFile> plain) {
        List<Config> configs = new ArrayList<>();
        for (ManifestObject secret : secrets) {
            JsonNode text = secret.body().path("stringData").get("alertmanager.yaml");
            if (text != null && text.isTextual()) {
                String pointer = "/stringData/alertmanager.yaml";
                boolean block = secret.valueLine(pointer) < lineAfter(secret, pointer);
                configs.add(new Config(secret.file().path(), text.asText(), secret.valueLine(pointer) + (block ? 1 : 0), true,
                        "Secret " + secret.name()));
            }
            JsonNode data = secret.body().path("data").get("alertmanager.yaml");
            if (data != null && data.isTextual()) {
                try {
                    configs.add(new Config(secret.file().path(),
                            new String(Base64.getMimeDecoder().decode(data.asText()), StandardCharsets.UTF_8),
                            secret.lineOf("/data/alertmanager.yaml"), false, "Secret " + secret.name()));
                } catch (IllegalArgumentException e) {
                    configs.add(new Config(secret.file().path(), null, secret.lineOf("/data/alertmanager.yaml"), false, "Secret " + secret.name()));
                }
            }
        }
        for (SourceFile file : plain) {
            try {
                configs.add(new Config(file.path(), Files.readString(file.absolute()), 1, true, "Alertmanager configuration"));
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

    void check(List<Config> configs) throws IOException, InterruptedException {
        if (configs.isEmpty() || !checks.available(ToolChecks.AMTOOL, configs.size() + " Alertmanager configuration(s)", "apt-get install prometheus-alertmanager")) {
            return;
        }
        for (Config config : configs) {
            if (config.text() == null) {
                checks.problem(new Problem(config.file(), config.firstLine(), "amtool", config.label()
                        + ": data.alertmanager.yaml is not base64. Encode it (base64 -w0) or use stringData"));
                continue;
            }
            Path file = checks.scratch("alertmanager");
            Files.writeString(file, config.text());
            ToolRunner.Run run = checks.runner().run(ToolChecks.AMTOOL, checks.temporary(), List.of(ToolChecks.AMTOOL, "check-config", file.getFileName().toString()));
            if (run.ok()) {
                continue;
            }
            boolean found = false;
            for (String line : run.output().lines().toList()) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    int at = config.linesKnown() ? config.firstLine() + Integer.parseInt(m.group(1)) - 1 : config.firstLine();
                    checks.problem(new Problem(config.file(), at, "amtool", config.label() + ": amtool check-config: " + m.group(2).strip()
                            + ". Fix the Alertmanager configuration"));
                    found = true;
                }
            }
            if (!found) {
                String text = run.output().lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("amtool: error")).map(l -> l.replaceFirst("^Checking '[^']*'\\s*", ""))
                        .map(l -> l.replaceFirst("^FAILED: ", "")).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "; " + b).orElse("failed");
                checks.problem(new Problem(config.file(), config.firstLine(), "amtool", config.label() + ": amtool check-config: "
                        + ToolChecks.shorten(text) + ". Fix the Alertmanager configuration"));
            }
        }
    }
}
