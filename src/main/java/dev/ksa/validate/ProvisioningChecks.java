package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * provisioning/ of a generated tree: kubeadm's documents against the model of their Go types
 * ({@link ConfigModel}), and the real tools: {@code haproxy -c -f} (a warning is a problem too),
 * {@code keepalived -t -f} (what only this machine lacks, such as the interface or the installed
 * check script, is a note, not a problem), {@code ansible-inventory --list} (and the groups
 * kubespray needs hold hosts), {@code terraform fmt -check} when Terraform or OpenTofu is installed.
 * Tools get copies in a temporary directory; the tree is only read.
 */
final class ProvisioningChecks {
    static final String HAPROXY = "haproxy";
    static final String KEEPALIVED = "keepalived";
    static final String ANSIBLE = "ansible-inventory";
    static final String ROOT = "provisioning";
    private static final Pattern HAPROXY_LINE = Pattern.compile("\\[[^\\]:]*?:(\\d+)\\]");
    private static final Pattern KEEPALIVED_LINE = Pattern.compile("\\([^):]*: Line (\\d+)\\)\\s*(.*)");
    /** keepalived -t messages about this machine rather than the file: an interface or script that is not here, script security as a non-root user. */
    private static final List<String> MACHINE_SPECIFIC = List.of("doesn't exist", "Non-existent interface", "not found/accessible", "due to insecure",
            "Unable to access script", "cannot be opened");

    /** What the checks found, noted and ran. */
    record Result(List<Problem> problems, List<String> skipped, List<String> notes, Set<String> missing, List<ValidationReport.ToolUse> tools) {
        static final Result NONE = new Result(List.of(), List.of(), List.of(), Set.of(), List.of());
    }

    private final Path root;
    private final ToolRunner runner;
    private final Path temporary;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> missing = new TreeSet<>();

    private ProvisioningChecks(Path root, ToolRunner runner, Path temporary) {
        this.root = root;
        this.runner = runner;
        this.temporary = temporary;
    }

    /** Checks {@code root/provisioning} when it exists; the tools only when {@code options.runTools()}. */
    static Result check(Path root, ValidateOptions options) throws IOException, InterruptedException {
        if (!Files.isDirectory(root.resolve(ROOT))) {
            return Result.NONE;
        }
        Path temporary = Files.createTempDirectory("ksa-provisioning-");
        try {
            ToolRunner runner = new ToolRunner(options.toolTimeout());
            ProvisioningChecks checks = new ProvisioningChecks(root, runner, temporary);
            checks.kubeadm();
            List<ValidationReport.ToolUse> tools = new ArrayList<>();
            if (options.runTools()) {
                checks.haproxy();
                checks.keepalived();
                checks.ansible();
                checks.terraform();
                for (String[] tool : List.of(new String[] {HAPROXY, "-v"}, new String[] {KEEPALIVED, "--version"}, new String[] {ANSIBLE, "--version"},
                        new String[] {"terraform", "version"})) {
                    int runs = runner.runs(tool[0]);
                    if (runs > 0) {
                        tools.add(new ValidationReport.ToolUse(tool[0], runner.version(tool[0], List.of(tool[0], tool[1])), runs));
                    }
                }
            } else {
                checks.skipped.add("provisioning/ not checked with haproxy, keepalived, ansible-inventory (external tools were not run)");
            }
            return new Result(checks.problems, checks.skipped, checks.notes, checks.missing, tools);
        } finally {
            try (Stream<Path> walk = Files.walk(temporary)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ---- kubeadm --------------------------------------------------------------------------

    private void kubeadm() throws IOException {
        ConfigModel model = ConfigModel.load();
        for (Path file : files(".yaml", ".yml")) {
            String relative = relative(file);
            List<YamlDocuments.Document> documents;
            try {
                documents = YamlDocuments.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (YamlDocuments.SyntaxError | IOException e) {
                continue; // the tree's YAML check reports it
            }
            for (YamlDocuments.Document document : documents) {
                String apiVersion = document.root().path("apiVersion").asText("");
                if (apiVersion.isEmpty() || !model.knowsGroup(apiVersion)) {
                    continue;
                }
                for (ConfigModel.Issue issue : model.check(document.root())) {
                    problems.add(new Problem(relative, document.lineOf(issue.pointer()), "kubeadm",
                            document.root().path("kind").asText("") + ": " + issue.message()));
                }
            }
        }
    }

    // ---- haproxy ---------------------------------------------------------------------------

    private void haproxy() throws IOException, InterruptedException {
        List<Path> configs = files(".cfg");
        if (configs.isEmpty() || !available(HAPROXY, configs.size() + " HAProxy configuration(s)", "apt-get install haproxy")) {
            return;
        }
        for (Path config : configs) {
            Path copy = copy(config);
            ToolRunner.Run run = runner.run(HAPROXY, temporary, List.of(HAPROXY, "-c", "-f", copy.toString()));
            for (String line : run.output().lines().toList()) {
                if (line.contains("[ALERT]") || line.contains("[WARNING]")) {
                    String message = line.replaceFirst("^\\[(ALERT|WARNING)\\]\\s*\\(\\d+\\)\\s*:\\s*", "").replace(copy.toString(), relative(config)).trim();
                    if (message.contains("Fatal errors found") || message.contains("Error(s) found in configuration file")) {
                        continue;
                    }
                    Matcher at = HAPROXY_LINE.matcher(message);
                    problems.add(new Problem(relative(config), at.find() ? Integer.parseInt(at.group(1)) : 0, "haproxy",
                            "haproxy -c " + (line.contains("[ALERT]") ? "fails" : "warns") + ": " + message.replaceAll("[.\\s]+$", "") + ". Fix the configuration"));
                }
            }
            if (!run.ok() && problems.stream().noneMatch(p -> p.file().equals(relative(config)) && p.check().equals("haproxy"))) {
                problems.add(new Problem(relative(config), 0, "haproxy", "haproxy -c fails: " + ToolChecks.shorten(run.output().strip()) + ". Fix the configuration"));
            }
        }
    }

    // ---- keepalived ------------------------------------------------------------------------

    private void keepalived() throws IOException, InterruptedException {
        List<Path> configs = files(".conf").stream().filter(p -> p.getFileName().toString().startsWith("keepalived")).toList();
        if (configs.isEmpty() || !available(KEEPALIVED, configs.size() + " keepalived configuration(s)", "apt-get install keepalived")) {
            return;
        }
        for (Path config : configs) {
            String text = Files.readString(config, StandardCharsets.UTF_8);
            List<String> adapted = new ArrayList<>();
            // The check script the config names is installed on the node; check with the tree's copy beside the config.
            Matcher script = Pattern.compile("script\\s+\"([^\"]+)\"").matcher(text);
            StringBuilder out = new StringBuilder();
            while (script.find()) {
                Path beside = config.resolveSibling(Path.of(script.group(1)).getFileName().toString());
                String replacement = script.group(0);
                if (Files.isRegularFile(beside)) {
                    Path copy = copy(beside);
                    copy.toFile().setExecutable(true, false);
                    replacement = "script \"" + copy + "\"";
                    adapted.add("its check script " + script.group(1) + " is the tree's " + relative(beside));
                }
                script.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            script.appendTail(out);
            String content = out.toString();
            Matcher nic = Pattern.compile("(?m)^(\\s*interface\\s+)(\\S+)").matcher(content);
            if (nic.find() && !Files.exists(Path.of("/sys/class/net", nic.group(2)))) {
                String present = presentInterface();
                if (present != null) {
                    content = content.replaceAll("\\b" + Pattern.quote(nic.group(2)) + "\\b", present);
                    adapted.add("interface " + nic.group(2) + " is not on this machine, checked as " + present);
                }
            }
            Path copy = temporary.resolve("keepalived-" + config.getFileName());
            Files.writeString(copy, content, StandardCharsets.UTF_8);
            ToolRunner.Run run = runner.run(KEEPALIVED, temporary, List.of(KEEPALIVED, "-t", "-f", copy.toString()));
            List<String> notes = new ArrayList<>();
            boolean problem = false;
            for (String line : run.output().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                if (MACHINE_SPECIFIC.stream().anyMatch(line::contains)) {
                    notes.add(line.replace(copy.toString(), relative(config)));
                    continue;
                }
                Matcher at = KEEPALIVED_LINE.matcher(line);
                problems.add(new Problem(relative(config), at.find() ? Integer.parseInt(at.group(1)) : 0, "keepalived",
                        "keepalived -t: " + (at.find(0) ? at.group(2) : line).replace(copy.toString(), relative(config)) + ". Fix the configuration"));
                problem = true;
            }
            if (!run.ok() && !problem && notes.isEmpty()) {
                problems.add(new Problem(relative(config), 0, "keepalived", "keepalived -t exits " + run.exitCode() + ". Fix the configuration"));
            }
            if (!notes.isEmpty()) {
                skipped.add(relative(config) + ": keepalived -t could not check everything on this machine: " + String.join("; ", notes));
            }
            if (!adapted.isEmpty()) {
                notes.add(relative(config) + ": checked with keepalived -t where " + String.join(", ", adapted));
            }
        }
    }

    private static String presentInterface() throws IOException {
        Path net = Path.of("/sys/class/net");
        if (!Files.isDirectory(net)) {
            return null;
        }
        try (Stream<Path> list = Files.list(net)) {
            List<String> names = list.map(p -> p.getFileName().toString()).sorted().toList();
            return names.stream().filter(n -> !n.equals("lo")).findFirst().orElse(names.contains("lo") ? "lo" : null);
        }
    }

    // ---- ansible-inventory -----------------------------------------------------------------

    private void ansible() throws IOException, InterruptedException {
        List<Path> inventories = files(".ini").stream().filter(p -> p.getFileName().toString().equals("inventory.ini")).toList();
        if (inventories.isEmpty() || !available(ANSIBLE, inventories.size() + " kubespray inventory(ies)", "apt-get install ansible")) {
            return;
        }
        for (Path inventory : inventories) {
            Path directory = temporary.resolve("kubespray-" + inventories.indexOf(inventory));
            dev.ksa.support.Folders.copy(inventory.getParent(), directory);
            Path json = temporary.resolve("inventory-" + inventories.indexOf(inventory) + ".json");
            ToolRunner.Run run = runner.run(ANSIBLE, directory, List.of("env", "ANSIBLE_LOCAL_TEMP=" + temporary.resolve("ansible-tmp"),
                    "ANSIBLE_HOME=" + temporary.resolve("ansible-home"), "ANSIBLE_INVENTORY_UNPARSED_FAILED=true",
                    ANSIBLE, "-i", "inventory.ini", "--list", "--output", json.toString()));
            String relative = relative(inventory);
            for (String line : run.output().lines().filter(l -> l.contains("WARNING") || l.contains("ERROR")).toList()) {
                problems.add(new Problem(relative, 0, "ansible-inventory", "ansible-inventory: " + line.strip().replace(directory.toString() + "/", "")
                        + ". Fix the inventory"));
            }
            if (!run.ok() || !Files.isRegularFile(json)) {
                if (problems.stream().noneMatch(p -> p.file().equals(relative))) {
                    problems.add(new Problem(relative, 0, "ansible-inventory", "ansible-inventory --list fails: " + ToolChecks.shorten(run.output().strip())));
                }
                continue;
            }
            groups(relative, new ObjectMapper().readTree(json.toFile()));
        }
    }

    /** The groups kubespray's playbooks need hold hosts, and every host has an address. */
    private void groups(String file, JsonNode list) {
        for (String group : List.of("kube_control_plane", "etcd", "kube_node")) {
            if (hosts(list, group, new TreeSet<>()).isEmpty()) {
                problems.add(new Problem(file, 0, "ansible-inventory", "group " + group + " has no hosts; kubespray needs at least one. Add them"));
            }
        }
        JsonNode hostvars = list.path("_meta").path("hostvars");
        Set<String> all = hosts(list, "all", new TreeSet<>());
        for (String host : all) {
            if (!hostvars.path(host).has("ansible_host") && !host.matches("[0-9.]+")) {
                problems.add(new Problem(file, 0, "ansible-inventory", "host " + host + " has no ansible_host; set the address Ansible reaches it on"));
            }
        }
        int etcd = hosts(list, "etcd", new TreeSet<>()).size();
        if (etcd % 2 == 0 && etcd > 0) {
            problems.add(new Problem(file, 0, "ansible-inventory", "group etcd has " + etcd + " hosts; etcd needs an odd number for its quorum"));
        }
    }

    private static Set<String> hosts(JsonNode list, String group, Set<String> into) {
        list.path(group).path("hosts").forEach(h -> into.add(h.asText()));
        list.path(group).path("children").forEach(c -> hosts(list, c.asText(), into));
        return into;
    }

    // ---- terraform (optional: neither Debian nor npm ships it) ------------------------------

    private void terraform() throws IOException, InterruptedException {
        List<Path> tf = files(".tf");
        if (tf.isEmpty()) {
            return;
        }
        if (runner.find("terraform").isEmpty()) {
            // Terraform is an optional tool here (neither Debian nor npm ships it) and the files are a marked starting point
            notes.add(tf.size() + " Terraform file(s) not checked with terraform fmt (Terraform is not installed)");
            return;
        }
        Path directory = temporary.resolve("terraform");
        Files.createDirectories(directory);
        for (Path file : tf) {
            Files.copy(file, directory.resolve(tf.indexOf(file) + "-" + file.getFileName()));
        }
        ToolRunner.Run run = runner.run("terraform", directory, List.of("terraform", "fmt", "-check", "-list=true", "."));
        for (String line : run.output().lines().map(String::strip).filter(l -> l.endsWith(".tf")).toList()) {
            Path original = tf.get(Integer.parseInt(line.substring(0, line.indexOf('-'))));
            problems.add(new Problem(relative(original), 0, "terraform", "terraform fmt would rewrite it. Run terraform fmt on it"));
        }
    }

    // ---- shared ----------------------------------------------------------------------------

    private boolean available(String tool, String what, String install) {
        if (runner.find(tool).isPresent()) {
            return true;
        }
        missing.add(tool);
        skipped.add(tool + " is not installed: " + what + " not checked (" + install + ")");
        return false;
    }

    private List<Path> files(String... suffixes) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve(ROOT))) {
            return walk.filter(Files::isRegularFile).filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s))).sorted().toList();
        }
    }

    private Path copy(Path file) throws IOException {
        Path target = temporary.resolve(relative(file).replace('/', '_'));
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
