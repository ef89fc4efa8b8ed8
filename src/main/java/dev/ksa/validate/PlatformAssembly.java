package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the {@link Platform} the way Argo CD will: from what the bootstrap applies (the files its
 * scripts {@code kubectl apply}), Application by Application, wave by wave of nesting: each chart
 * source rendered with its value files (twice, for the drift check), each path source built with
 * {@code kubectl kustomize} or read as a directory. What cannot be produced is a counted skip, never
 * silently left out.
 */
final class PlatformAssembly {
    private static final Pattern APPLY = Pattern.compile("kubectl\\s+(?:[^\\n|;&]*?\\s)?(?:apply|create)\\s+(?:[^\\n|;&]*?\\s)?(-f|--filename|-k|--kustomize)[ =]([^\\s;&|]+)");
    private static final Pattern HELM_INSTALL = Pattern.compile("helm\\s+(?:upgrade\\s+(?:--install|-i)|install)\\s+([a-z0-9][a-z0-9.-]*)([^\\n]*)");
    private static final Pattern HELM_NAMESPACE = Pattern.compile("(?:--namespace|-n)[ =]([a-z0-9][a-z0-9-]*)");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BOOTSTRAP = "bootstrap";

    private final Path root;
    private final List<SourceFile> files;
    private final List<ManifestObject> treeObjects;
    private final ChartIndex charts;
    private final ChartWorkspace workspace;
    private final Kustomize kustomize;
    private final Validation validation;
    private final Platform platform = new Platform();
    private final Set<String> thisRepository = new LinkedHashSet<>();
    private final Set<String> deployedFiles = new LinkedHashSet<>();
    private final Map<String, SourceFile> byPath = new HashMap<>();
    /** Releases the bootstrap installs with Helm before Argo CD runs (their Applications adopt them). */
    private final Set<String> bootstrapReleases = new LinkedHashSet<>();

    /** Where problems, skips and notes go. */
    interface Validation {
        void problem(Problem problem);

        void skip(String what);

        void note(String what);
    }

    PlatformAssembly(Path root, List<SourceFile> files, List<ManifestObject> treeObjects, ChartIndex charts, ChartWorkspace workspace,
            Kustomize kustomize, String kubeVersion, Validation validation) {
        this.root = root;
        this.files = files;
        this.treeObjects = treeObjects;
        this.charts = charts;
        this.workspace = workspace;
        this.kustomize = kustomize;
        this.validation = validation;
        platform.kubeVersion = kubeVersion;
        files.forEach(f -> byPath.put(f.path(), f));
        for (ManifestObject object : treeObjects) {
            if (Application.is(object.body())) {
                for (JsonNode source : ArgoApplications.sources(object.body())) {
                    if (source.has("ref") || source.has("path") && resolve(source.path("path").asText()).isPresent()) {
                        thisRepository.add(normalize(source.path("repoURL").asText()));
                    }
                }
            }
        }
    }

    Platform build() {
        platform.complete = hasBootstrapScript() || Files.isRegularFile(root.resolve("platform.lock.json"));
        if (!platform.complete) {
            validation.note("the tree has no bootstrap script and no platform.lock.json, so it is taken as part of a platform: what it refers to"
                    + " and does not hold is assumed to be in the cluster already (counted as not checked)");
        }
        if (treeObjects.stream().noneMatch(o -> Application.is(o.body()))) {
            validation.note("no Argo CD Application in the tree: its objects are checked as one set, as if applied together by hand");
            for (ManifestObject object : treeObjects) {
                add(tree(object, BOOTSTRAP, Integer.MIN_VALUE, ""));
            }
            finish();
            return platform;
        }
        List<Application> level = new ArrayList<>();
        for (PlatformObject object : bootstrapObjects()) {
            add(object);
            if (Application.is(object.body())) {
                level.add(Application.of(object.body(), object.origin()));
            }
        }
        Set<String> deployed = new LinkedHashSet<>();
        while (!level.isEmpty()) {
            List<Application> next = new ArrayList<>();
            List<Application> fresh = level.stream().filter(a -> deployed.add(a.name())).toList();
            fresh.forEach(a -> platform.applications.put(a.name(), a));
            for (PlatformObject object : deploy(fresh)) {
                add(object);
                if (Application.is(object.body())) {
                    next.add(Application.of(object.body(), object.origin()));
                }
            }
            level = next;
        }
        notDeployed();
        finish();
        return platform;
    }

    // ---- the bootstrap -------------------------------------------------------------------------

    private boolean hasBootstrapScript() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.anyMatch(p -> p.toString().endsWith(".sh") && Files.isRegularFile(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the bootstrap scripts apply; without scripts, every Application no other one deploys. */
    private List<PlatformObject> bootstrapObjects() {
        List<String> applied = new ArrayList<>();
        boolean scripts = false;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path script : walk.filter(p -> p.toString().endsWith(".sh") && Files.isRegularFile(p)).sorted().toList()) {
                scripts = true;
                String text = Files.readString(script).replaceAll("\\\\\r?\n", " ");
                Matcher helm = HELM_INSTALL.matcher(text);
                while (helm.find()) {
                    bootstrapReleases.add(helm.group(1));
                    Matcher namespace = HELM_NAMESPACE.matcher(helm.group(2));
                    if (namespace.find() && helm.group(2).contains("--create-namespace")) {
                        platform.bootstrapNamespaces.add(namespace.group(1));
                    }
                }
                Matcher m = APPLY.matcher(text);
                while (m.find()) {
                    applied.add((m.group(1).contains("k") ? "k:" : "f:") + m.group(2).replaceAll("^[\"']|[\"']$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PlatformObject> out = new ArrayList<>();
        if (!scripts) {
            validation.note("no bootstrap script (*.sh) applies anything: every Application no other Application deploys is taken as applied by hand");
            Set<String> deployedByOthers = new LinkedHashSet<>();
            for (ManifestObject app : treeObjects) {
                if (!Application.is(app.body())) {
                    continue;
                }
                for (JsonNode source : ArgoApplications.sources(app.body())) {
                    Optional<String> directory = source.has("path") && thisRepository.contains(normalize(source.path("repoURL").asText()))
                            ? resolve(source.path("path").asText()) : Optional.empty();
                    directory.ifPresent(d -> treeObjects.stream()
                            .filter(o -> Application.is(o.body()) && o != app && (d.isEmpty() || o.file().path().startsWith(d + "/")))
                            .forEach(o -> deployedByOthers.add(o.file().path() + "#" + o.name())));
                }
            }
            for (ManifestObject object : treeObjects) {
                if (Application.is(object.body()) && !deployedByOthers.contains(object.file().path() + "#" + object.name())) {
                    out.add(tree(object, BOOTSTRAP, Integer.MIN_VALUE, ""));
                }
            }
            return out;
        }
        for (String entry : applied) {
            String path = entry.substring(2).replaceAll("^\\./", "");
            Path target = root.resolve(path).normalize();
            if (!target.startsWith(root) || !Files.exists(target)) {
                continue; // a URL or a file outside the tree; the script's own business
            }
            if (entry.startsWith("k:") || Files.isDirectory(target) && Kustomize.isKustomizationDirectory(target)) {
                out.addAll(kustomized(target, BOOTSTRAP, Integer.MIN_VALUE, ""));
            } else {
                out.addAll(directory(target, BOOTSTRAP, Integer.MIN_VALUE, "", false));
            }
        }
        return out;
    }

    // ---- Applications --------------------------------------------------------------------------

    private List<PlatformObject> deploy(List<Application> applications) {
        List<PlatformObject> out = new ArrayList<>();
        Map<Application, List<Future<List<PlatformObject>>>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            for (Application app : applications) {
                List<Future<List<PlatformObject>>> parts = new ArrayList<>();
                List<JsonNode> sources = app.sources();
                for (int i = 0; i < sources.size(); i++) {
                    JsonNode source = sources.get(i);
                    if (source.has("chart")) {
                        parts.add(pool.submit(() -> chart(app, source)));
                    } else if (source.has("path") && thisRepository.contains(normalize(source.path("repoURL").asText()))) {
                        List<PlatformObject> objects = path(app, source);
                        parts.add(java.util.concurrent.CompletableFuture.completedFuture(objects));
                    } else if (!source.has("ref") || source.has("path")) {
                        validation.skip(app.file() + ": Application " + app.name() + " deploys " + source.path("repoURL").asText()
                                + (source.has("path") ? " " + source.path("path").asText() : "") + ", which is not in this repository; its objects were not checked");
                        platform.incomplete.add(app.name());
                    }
                }
                pending.put(app, parts);
            }
            for (List<Future<List<PlatformObject>>> parts : pending.values()) {
                for (Future<List<PlatformObject>> part : parts) {
                    out.addAll(part.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** A chart source: the chart from --charts rendered twice with the Application's value files, plus its CRDs. */
    private List<PlatformObject> chart(Application app, JsonNode source) throws IOException {
        String name = source.path("chart").asText();
        String version = source.path("targetRevision").asText("");
        String label = name + (version.isEmpty() ? "" : " " + version);
        Optional<ChartIndex.Chart> found = charts.find(name, version);
        if (found.isEmpty()) {
            validation.skip(app.file() + ": chart " + label + " of Application " + app.name() + " is not under --charts"
                    + "; it was not rendered and nothing that refers into it was checked");
            platform.incomplete.add(app.name());
            return List.of();
        }
        ChartIndex.Chart chart = found.get();
        if (!strip(chart.version()).equals(strip(version))) {
            validation.note(app.file() + ": the Application pins chart " + label + "; rendered with version " + chart.version()
                    + " from " + chart.directory());
        }
        JsonNode helm = source.path("helm");
        List<Path> values = new ArrayList<>();
        List<SourceFile> repositoryValues = new ArrayList<>();
        for (JsonNode file : helm.path("valueFiles")) {
            Optional<Path> resolved = valuesFile(app, file.asText(), chart.directory());
            if (resolved.isEmpty()) {
                continue; // missing: ArgoApplications reports it, or ignoreMissingValueFiles skips it as Argo CD does
            }
            values.add(workspace.values(resolved.get()));
            String relative = root.relativize(resolved.get().toAbsolutePath().normalize()).toString().replace('\\', '/');
            if (byPath.containsKey(relative)) {
                repositoryValues.add(byPath.get(relative));
            }
        }
        if (helm.path("valuesObject").isObject()) {
            values.add(workspace.valuesText(JSON.writeValueAsString(helm.path("valuesObject"))));
        } else if (helm.path("values").isTextual() && !helm.path("values").asText().isBlank()) {
            values.add(workspace.valuesText(helm.path("values").asText()));
        }
        Map<String, String> sets = new LinkedHashMap<>();
        helm.path("parameters").forEach(p -> sets.put(p.path("name").asText(), p.path("value").asText("")));
        synchronized (platform) {
            platform.valuesFiles.computeIfAbsent(app.name(), k -> new ArrayList<>()).addAll(repositoryValues);
        }
        PlatformObject.Origin origin = repositoryValues.isEmpty() ? app.origin()
                : new PlatformObject.Origin(repositoryValues.get(0).path(), 0, "");
        Path prepared = workspace.prepare(chart.directory());
        ChartRendering.Request request = new ChartRendering.Request(prepared, app.releaseName(source), app.namespace(),
                kubeVersion(source), values, sets);
        RenderCache.Pair renders = RenderCache.render(chart.directory(), request, () -> {
            ChartRendering.Result one = ChartRendering.render(request);
            return new RenderCache.Pair(one, one.failure() == null && !one.unavailable() ? ChartRendering.render(request) : one);
        });
        ChartRendering.Result first = renders.first();
        if (first.unavailable()) {
            validation.skip(app.file() + ": Helm's native library is not available on this platform; chart " + name + " was not rendered");
            platform.incomplete.add(app.name());
            return List.of();
        }
        if (first.failure() != null) {
            validation.problem(new Problem(origin.file(), Math.max(1, origin.line()), "helm", "helm template of chart " + label
                    + " for Application " + app.name() + " fails with these values: " + first.failure() + ". Fix the values (or the chart)"));
            platform.incomplete.add(app.name());
            return List.of();
        }
        ChartRendering.Result second = renders.second();
        List<ChartRendering.Document> documents = new ArrayList<>(first.documents());
        JsonNode merged = ChartCrds.values(prepared, values);
        if (!helm.path("skipCrds").asBoolean(false)) {
            documents.addAll(ChartCrds.of(prepared, name, merged));
        }
        synchronized (platform) {
            platform.renders.add(new Platform.ChartRender(app, name, origin, first.documents(), second.documents(), merged));
        }
        List<PlatformObject> out = new ArrayList<>();
        int wave = bootstrapped(app) ? Targets.ALWAYS : app.wave();
        for (ChartRendering.Document document : documents) {
            String detail = "chart " + name + ", " + document.source();
            out.add(new PlatformObject(app.name(), wave, document.body(), app.namespace(), new PlatformObject.Origin(origin.file(), origin.line(), detail),
                    document.hook()));
        }
        return out;
    }

    /** An Application the bootstrap installed already with Helm (same release name): its objects exist before any wave. */
    private boolean bootstrapped(Application app) {
        return bootstrapReleases.contains(app.name()) || app.sources().stream()
                .anyMatch(s -> s.has("chart") && bootstrapReleases.contains(app.releaseName(s)));
    }

    private String kubeVersion(JsonNode source) {
        String given = source.path("helm").path("kubeVersion").asText("");
        return given.isEmpty() ? platform.kubeVersion : given;
    }

    /** {@code $values/values/x.yaml} in this repository, or a file of the chart itself. */
    private Optional<Path> valuesFile(Application app, String entry, Path chart) {
        if (entry.startsWith("$")) {
            int slash = entry.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String ref = entry.substring(1, slash);
            boolean ours = app.sources().stream().anyMatch(s -> ref.equals(s.path("ref").asText())
                    && thisRepository.contains(normalize(s.path("repoURL").asText())));
            if (!ours) {
                return Optional.empty();
            }
            return resolve(entry.substring(slash + 1)).map(root::resolve).filter(Files::isRegularFile);
        }
        Path inChart = chart.resolve(entry).normalize();
        return inChart.startsWith(chart) && Files.isRegularFile(inChart) ? Optional.of(inChart) : Optional.empty();
    }

    /** A path source of this repository: a kustomization built with kubectl, or a directory of manifests. */
    private List<PlatformObject> path(Application app, JsonNode source) {
        Optional<String> resolved = resolve(source.path("path").asText());
        if (resolved.isEmpty()) {
            return List.of(); // ArgoApplications reports the missing path
        }
        Path directory = root.resolve(resolved.get());
        int wave = bootstrapped(app) ? Targets.ALWAYS : app.wave();
        if (Kustomize.isKustomizationDirectory(directory)) {
            return kustomized(directory, app.name(), wave, app.namespace());
        }
        return directory(directory, app.name(), wave, app.namespace(), source.path("directory").path("recurse").asBoolean(false));
    }

    private List<PlatformObject> kustomized(Path directory, String owner, int wave, String namespace) {
        String relative = relative(directory);
        Kustomize.Build build = kustomize.build(directory);
        String file = relative(Kustomize.kustomizationFile(directory));
        if (build.remote() != null) {
            validation.skip(Kustomize.remoteSkip(file, build.remote()));
            platform.incomplete.add(owner);
            return List.of();
        }
        if (build.noKubectl()) {
            validation.skip(file + ": kubectl is not installed; the objects of " + owner + " were not built or checked");
            platform.incomplete.add(owner);
            return List.of();
        }
        if (build.failure() != null) {
            platform.incomplete.add(owner);
            return List.of(); // ToolChecks reports kubectl's error at the kustomization
        }
        Map<String, List<ManifestObject>> local = new HashMap<>();
        for (ManifestObject object : treeObjects) {
            if (relative.isEmpty() || object.file().path().startsWith(relative + "/")) {
                local.computeIfAbsent(object.kind() + "/" + object.name(), k -> new ArrayList<>()).add(object);
            }
        }
        List<PlatformObject> out = new ArrayList<>();
        for (ChartRendering.Document document : ChartRendering.documents(build.output())) {
            JsonNode body = document.body();
            List<ManifestObject> same = local.getOrDefault(body.path("kind").asText() + "/" + body.path("metadata").path("name").asText(), List.of());
            PlatformObject.Origin origin;
            if (same.isEmpty()) {
                origin = new PlatformObject.Origin(file, 1, "built by kubectl kustomize");
            } else {
                ManifestObject object = same.get(0);
                platform.treeSources.put(body, object);
                deployedFiles.add(object.file().path());
                origin = new PlatformObject.Origin(object.file().path(), object.line(), "");
            }
            out.add(new PlatformObject(owner, wave, body, namespace, origin, false));
        }
        return out;
    }

    private List<PlatformObject> directory(Path target, String owner, int wave, String namespace, boolean recurse) {
        String relative = relative(target);
        List<PlatformObject> out = new ArrayList<>();
        for (ManifestObject object : treeObjects) {
            String path = object.file().path();
            boolean inside = Files.isRegularFile(target) ? path.equals(relative)
                    : relative.isEmpty() ? recurse || !path.contains("/")
                    : path.startsWith(relative + "/") && (recurse || !path.substring(relative.length() + 1).contains("/"));
            if (inside) {
                deployedFiles.add(path);
                out.add(tree(object, owner, wave, namespace));
            }
        }
        return out;
    }

    private PlatformObject tree(ManifestObject object, String owner, int wave, String namespace) {
        deployedFiles.add(object.file().path());
        platform.treeSources.put(object.body(), object);
        return new PlatformObject(owner, wave, object.body(), namespace, new PlatformObject.Origin(object.file().path(), object.line(), ""), false);
    }

    // ---- the whole set -------------------------------------------------------------------------

    private final List<PlatformObject> raw = new ArrayList<>();

    private void add(PlatformObject object) {
        raw.add(object);
        platform.scopes.addCrd(object.body());
    }

    /** Objects of the tree that nothing applies: no Application's source holds them and no bootstrap step applies them. */
    private void notDeployed() {
        for (ManifestObject object : treeObjects) {
            String path = object.file().path();
            boolean servedByTheCluster = TypedModels.builtIn(object) ? TypedModels.served(object)
                    : platform.scopes.knowsCustom(object.group(), object.kind());
            if (servedByTheCluster && !deployedFiles.contains(path)) {
                validation.problem(object.problem("deploy", object.describe() + " is applied by nothing: no Application deployed from the"
                        + " bootstrap has this file in its source. Add it to the kustomization or directory an Application syncs, or remove it"));
                deployedFiles.add(path); // one problem per file is enough
            }
        }
    }

    /** Namespaces as the cluster will see them, now that every CRD's scope is known. */
    private void finish() {
        for (PlatformObject object : raw) {
            String given = object.body().path("metadata").path("namespace").asText("");
            String namespace = platform.scopes.namespaced(object.apiVersion(), object.group(), object.kind())
                    ? (given.isEmpty() ? object.namespace() : given) : "";
            platform.objects.add(new PlatformObject(object.owner(), object.wave(), object.body(), namespace, object.origin(), object.hook()));
        }
    }

    // ---- paths of this repository --------------------------------------------------------------

    /** A path of this repository inside the tree. */
    Optional<String> resolve(String repositoryPath) {
        return RepositoryPaths.resolve(root, repositoryPath);
    }

    private String relative(Path path) {
        return path == null ? "" : root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    static String normalize(String url) {
        return url.replaceAll("\\.git$", "").replaceAll("/+$", "");
    }

    private static String strip(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }
}
