package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.support.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code ksa validate DIR} as an API: parses every YAML file of the tree, checks objects, custom
 * resources, Helm values and Argo CD Applications, runs the real tools, and returns the report.
 * It only reads {@code DIR}; the tools get copies in a temporary directory that is removed after.
 */
public final class Validator {
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final ValidateOptions options;
    private final List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Set<String> skipped = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final Set<String> notes = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<SourceFile> files = new ArrayList<>();
    private final List<ManifestObject> objects = new ArrayList<>();
    private int filesRead;
    private int customResources;
    private int valuesFiles;
    private Platform platform;
    private ProvisioningChecks.Result provisioning = ProvisioningChecks.Result.NONE;

    private Validator(Path root, ValidateOptions options) {
        this.root = root;
        this.options = options;
    }

    /**
     * The container images the tree's platform runs: every Application rendered (charts from
     * {@code --charts}, kustomizations) as validation renders it, nothing checked. For
     * {@code ksa generate --charts}, whose image list for the air gap must hold what the charts really run.
     */
    public static java.util.SortedSet<String> images(Path dir, ValidateOptions options) {
        Validator validator = new Validator(dir.toAbsolutePath().normalize(), options);
        try {
            for (Path path : yamlFiles(validator.root)) {
                validator.read(path);
            }
            validator.files.forEach(validator::collectObjects);
            Path temporary = Files.createTempDirectory("ksa-images-");
            try (ChartWorkspace workspace = new ChartWorkspace()) {
                Kustomize kustomize = new Kustomize(validator.root, options.runTools() ? new ToolRunner(options.toolTimeout()) : null,
                        new ManifestLibrary(options.manifests()), temporary);
                Platform platform = new PlatformAssembly(validator.root, validator.files, List.copyOf(validator.objects), new ChartIndex(options.charts()),
                        workspace, kustomize, PlatformLock.read(validator.root).kubernetesVersion(), validator.collector()).build();
                java.util.SortedSet<String> images = new java.util.TreeSet<>();
                platform.objects.forEach(o -> images.addAll(Images.of(o.body())));
                return images;
            } finally {
                dev.ksa.support.Folders.delete(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the tree under {@code dir}; a missing directory is a {@link UserError} (exit 2). */
    public static ValidationReport validate(Path dir, ValidateOptions options) {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no such directory. Give the directory ksa generate wrote: ksa validate DIR");
        }
        try {
            return new Validator(dir.toAbsolutePath().normalize(), options).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UserError.environment("validation interrupted");
        }
    }

    private ValidationReport run() throws IOException, InterruptedException {
        for (Path path : yamlFiles(root)) {
            read(path);
        }
        files.forEach(this::collectObjects);
        List<ManifestObject> applications = objects.stream().filter(ArgoApplications::isApplication).toList();
        ArgoApplications.Result argo = ArgoApplications.check(root, applications);
        problems.addAll(argo.problems());
        ChartIndex charts = new ChartIndex(options.charts());
        checkValues(argo.values(), charts);
        PlatformLock lock = PlatformLock.read(root);
        if (!lock.present()) {
            notes.add("no platform.lock.json: charts rendered for Kubernetes " + lock.kubernetesVersion() + ", no environment, no air gap assumed");
        }
        // provisioning/: kubeadm's documents against their model; haproxy, keepalived, ansible-inventory on the rest
        provisioning = ProvisioningChecks.check(root, options);
        problems.addAll(provisioning.problems());
        skipped.addAll(provisioning.skipped());
        notes.addAll(provisioning.notes());
        ToolRunner runner = new ToolRunner(options.toolTimeout());
        List<ReportTool> tools = new ArrayList<>();
        Set<String> missing = Set.of();
        Path temporary = Files.createTempDirectory("ksa-validate-");
        try (ChartWorkspace workspace = new ChartWorkspace()) {
            Kustomize kustomize = new Kustomize(root, options.runTools() ? runner : null, new ManifestLibrary(options.manifests()), temporary);
            List<ManifestObject> treeObjects = List.copyOf(objects);
            platform = new PlatformAssembly(root, files, treeObjects, charts, workspace, kustomize, lock.kubernetesVersion(), collector()).build();
            renderedObjects(platform);
            if (options.renderedOut() != null) {
                RenderedOut.write(platform, options.renderedOut());
            }
            checkObjects();
            FitChecks.run(root, platform, lock, files, collector());
            if (options.runTools()) {
                ToolChecks checks = new ToolChecks(root, temporary, runner);
                checks.kustomize(files.stream().filter(SourceFile::isKustomization).toList(), kustomize);
                checks.prometheusRules(objects.stream().filter(o -> "monitoring.coreos.com".equals(o.group()) && "PrometheusRule".equals(o.kind())).toList());
                Map<String, List<ManifestObject>> byFile = new HashMap<>();
                objects.forEach(o -> byFile.computeIfAbsent(o.file().path(), k -> new ArrayList<>()).add(o));
                checks.ruleTests(files.stream().filter(SourceFile::isRuleTest).toList(), byFile);
                checks.alertmanager(ToolChecks.alertmanagerConfigs(
                        objects.stream().filter(o -> o.group().isEmpty() && "Secret".equals(o.kind())).toList(),
                        files.stream().filter(SourceFile::isAlertmanagerConfig).toList()));
                problems.addAll(checks.problems());
                skipped.addAll(checks.skipped());
                missing = checks.missing();
                checks.runs().forEach((tool, runs) -> tools.add(new ReportTool(tool, runs)));
            } else {
                skipped.add("external tools were not run (kubectl kustomize, promtool, amtool)");
            }
        } finally {
            dev.ksa.support.Folders.delete(temporary);
        }
        return report(tools, options.runTools() ? runner : null, missing);
    }

    /** Where the platform checks put what they find. */
    private PlatformAssembly.Validation collector() {
        return new PlatformAssembly.Validation() {
            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public void skip(String what) {
                skipped.add(what);
            }

            @Override
            public void note(String what) {
                notes.add(what);
            }
        };
    }

    /** Objects rendered from charts or built by kustomize join the tree's own for the object and CRD checks. */
    private void renderedObjects(Platform platform) {
        int rendered = 0;
        for (PlatformObject object : platform.objects) {
            if (object.origin().detail().isEmpty()) {
                continue; // an object of the tree: checked as such already
            }
            PlatformObject.Origin origin = object.origin();
            YamlDocuments.Document document = new YamlDocuments.Document(object.body(), Math.max(1, origin.line()), Map.of());
            SourceFile file = new SourceFile(origin.file(), root.resolve(origin.file()), List.of(document));
            object(new ManifestObject(file, document, "", object.body(), origin.detail()));
            rendered++;
        }
        if (!platform.renders.isEmpty()) {
            notes.add("rendered " + platform.renders.size() + " chart(s) with Helm (helm-java) for Kubernetes " + platform.kubeVersion
                    + ", twice each, as helm template does (lookup finds nothing); " + rendered + " objects built from charts and kustomizations");
        }
    }

    private record ReportTool(String tool, int runs) {}

    private ValidationReport report(List<ReportTool> tools, ToolRunner runner, Set<String> missing) {
        List<ValidationReport.ToolUse> uses = new ArrayList<>();
        for (ReportTool tool : tools) {
            String executable = tool.tool().equals(ToolChecks.KUBECTL) ? "kubectl" : tool.tool();
            String version = tool.runs() > 0 && runner != null
                    ? runner.version(executable, executable.equals("kubectl") ? List.of("kubectl", "version", "--client") : List.of(executable, "--version"))
                    : "";
            uses.add(new ValidationReport.ToolUse(tool.tool(), version, tool.runs()));
        }
        uses.addAll(provisioning.tools());
        Set<String> allMissing = new java.util.TreeSet<>(missing);
        allMissing.addAll(provisioning.missing());
        return new ValidationReport(new ArrayList<>(problems), new ValidationReport.Checked(filesRead, objects.size(), customResources, valuesFiles, uses,
                platform == null ? 0 : platform.renders.size(), platform == null ? 0 : platform.applications.size()),
                new ArrayList<>(skipped), new ArrayList<>(notes), new ArrayList<>(allMissing), options.strict());
    }

    // ---- reading ---------------------------------------------------------------------------

    static List<Path> yamlFiles(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (name.equals("templates") && Files.exists(dir.resolveSibling("Chart.yaml"))) {
                    return FileVisitResult.SKIP_SUBTREE; // a chart's templates are Go templates, not YAML
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && (name.endsWith(".yaml") || name.endsWith(".yml") || name.equals("Kustomization"))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private void read(Path path) throws IOException {
        String relative = root.relativize(path).toString().replace('\\', '/');
        filesRead++;
        if (Files.size(path) > MAX_FILE_BYTES) {
            problems.add(new Problem(relative, 0, "yaml", "file larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MiB; ksa does not read it. Split it"));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(relative, 0, "yaml", "not UTF-8 text. Convert it (iconv -t UTF-8)"));
            return;
        }
        try {
            files.add(new SourceFile(relative, path, YamlDocuments.parse(text)));
        } catch (YamlDocuments.SyntaxError e) {
            problems.add(new Problem(relative, e.line, "yaml", e.getMessage()));
        }
    }

    // ---- objects ---------------------------------------------------------------------------

    private void collectObjects(SourceFile file) {
        if (file.holdsData()) {
            return;
        }
        for (YamlDocuments.Document document : file.documents()) {
            JsonNode root = document.root();
            if (!root.isObject()) {
                continue;
            }
            if (root.path("kind").asText().endsWith("List") && root.path("items").isArray()) {
                for (int i = 0; i < root.path("items").size(); i++) {
                    object(new ManifestObject(file, document, "/items/" + i, root.path("items").get(i)));
                }
            } else if (root.has("apiVersion") || root.has("kind")) {
                object(new ManifestObject(file, document, "", root));
            }
        }
    }

    private void object(ManifestObject object) {
        JsonNode body = object.body();
        if (!body.path("apiVersion").isTextual() || body.path("apiVersion").asText().isBlank()) {
            problems.add(object.problem("object", "object" + (object.kind().isEmpty() ? "" : " of kind " + object.kind())
                    + " has no apiVersion. Add one (kubectl api-resources lists them)"));
            return;
        }
        if (!body.path("kind").isTextual() || body.path("kind").asText().isBlank()) {
            problems.add(object.problem("object", "object of apiVersion " + object.apiVersion() + " has no kind. Add one"));
            return;
        }
        if (ClusterFacts.load().configGroups().contains(object.group())) {
            return; // a configuration file for a tool (kubeadm, ksa's own data), not an object of the cluster
        }
        if (object.name().isBlank() && body.path("metadata").path("generateName").asText("").isBlank()) {
            problems.add(object.problemAt("/metadata", "object", object.kind() + " has no metadata.name. Name it"));
            return;
        }
        objects.add(object);
    }

    private void checkObjects() throws IOException {
        CustomResources crds = new CustomResources();
        for (ManifestObject object : objects) {
            crds.add(object.body(), object.file().path());
        }
        for (Path folder : options.crds()) {
            if (!Files.isDirectory(folder) && !Files.isRegularFile(folder)) {
                throw new UserError(folder + ": no such directory for --crds. Give a folder holding CustomResourceDefinition YAML files");
            }
            for (Path file : Files.isDirectory(folder) ? yamlFiles(folder) : List.of(folder)) {
                try {
                    for (YamlDocuments.Document document : YamlDocuments.parse(Files.readString(file))) {
                        crds.add(document.root(), file.getFileName().toString());
                    }
                } catch (YamlDocuments.SyntaxError | IOException e) {
                    notes.add("--crds " + file + ": not read as CRDs (" + e.getMessage() + ")");
                }
            }
        }
        Map<String, Integer> unknown = new TreeMap<>();
        Map<String, Integer> runtime = new TreeMap<>();
        java.util.Set<String> servedAtRunTime = platform == null ? java.util.Set.of()
                : RuntimeObjects.servedGroups(platform, dev.ksa.catalog.Catalog.load().components());
        Map<String, ManifestObject> seen = new HashMap<>();
        for (ManifestObject object : objects) {
            if (TypedModels.builtIn(object)) {
                problems.addAll(TypedModels.check(object));
            } else if (crds.knows(object)) {
                problems.addAll(crds.check(object));
                customResources++;
            } else if (servedAtRunTime.contains(object.group())) {
                runtime.merge(object.kind() + "." + object.group(), 1, Integer::sum);
            } else {
                unknown.merge(object.kind() + "." + object.group(), 1, Integer::sum);
            }
            if (!object.name().isBlank() && object.detail().isEmpty()) {
                String key = object.group() + "/" + object.kind() + "/" + object.namespace() + "/" + object.name();
                ManifestObject first = seen.putIfAbsent(key, object);
                if (first != null) {
                    problems.add(object.problem("clash", object.describe() + " is also defined at " + first.file().path() + ":" + first.line()
                            + ". Keep one of them, or give them different names or namespaces"));
                }
            }
        }
        if (!unknown.isEmpty()) {
            int total = unknown.values().stream().mapToInt(Integer::intValue).sum();
            List<String> kinds = new ArrayList<>();
            unknown.forEach((kind, count) -> kinds.add(kind + " (" + count + ")"));
            skipped.add(total + (total == 1 ? " custom resource" : " custom resources") + " not checked against a CRD (give --crds DIR with their CRDs): "
                    + String.join(", ", kinds));
        }
        if (!runtime.isEmpty()) {
            List<String> kinds = new ArrayList<>();
            runtime.forEach((kind, count) -> kinds.add(kind + " (" + count + ")"));
            notes.add("custom resources whose CRDs a planned controller installs at run time were checked for their CRD and its order, not against"
                    + " its schema (give --crds DIR to check that too): " + String.join(", ", kinds));
        }
    }

    // ---- Helm values -----------------------------------------------------------------------

    private void checkValues(List<ArgoApplications.ValuesUse> uses, ChartIndex charts) throws IOException {
        Map<String, SourceFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Set<String> referenced = new LinkedHashSet<>();
        uses.forEach(u -> referenced.add(u.file()));
        for (SourceFile file : files) {
            if (file.path().startsWith("values/") && !referenced.contains(file.path())) {
                skipped.add(file.path() + ": no Application names it as a values file; its keys were not checked");
            }
        }
        if (uses.isEmpty()) {
            return;
        }
        if (options.charts().isEmpty()) {
            skipped.add(uses.size() + " values file(s) not checked against their charts, and no chart rendered (give --charts DIR with the upstream charts)");
            return;
        }
        Map<String, ArgoApplications.ValuesUse> distinct = new LinkedHashMap<>();
        uses.forEach(u -> distinct.putIfAbsent(u.file() + "\n" + u.chart() + "\n" + u.version(), u));
        for (ArgoApplications.ValuesUse use : distinct.values()) {
            SourceFile file = byPath.get(use.file());
            if (file == null) {
                continue; // unreadable YAML: reported already
            }
            String label = use.chart() + (use.version().isEmpty() ? "" : " " + use.version());
            var chart = charts.find(use.chart(), use.version());
            if (chart.isEmpty()) {
                continue; // the platform assembly counts the chart as not found
            }
            problems.addAll(HelmValues.check(file, chart.get(), label));
            valuesFiles++;
        }
    }
}
