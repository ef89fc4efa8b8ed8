package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code kubectl kustomize} on a directory of the tree, once per directory: the objects it builds, or
 * why it could not (kubectl missing, a remote resource that needs the network, kubectl's error).
 */
final class Kustomize {
    /** A build: its output, or the remote resource that kept it from running, or kubectl's failure. */
    record Build(String output, String remote, String failure, boolean noKubectl) {
        boolean ok() {
            return output != null;
        }
    }

    private final Path root;
    private final ToolRunner runner;
    private final ManifestLibrary library;
    private final Path scratch;
    private final Map<Path, Build> builds = new ConcurrentHashMap<>();

    Kustomize(Path root, ToolRunner runner) {
        this(root, runner, new ManifestLibrary(List.of()), null);
    }

    /** With an offline library of release manifests ({@code --manifests}) and a scratch folder for the copies that use it. */
    Kustomize(Path root, ToolRunner runner, ManifestLibrary library, Path scratch) {
        this.root = root;
        this.runner = runner;
        this.library = library;
        this.scratch = scratch;
    }

    static boolean isKustomizationDirectory(Path directory) {
        return kustomizationFile(directory) != null;
    }

    Build build(Path directory) {
        return builds.computeIfAbsent(directory.toAbsolutePath().normalize(), this::run);
    }

    private Build run(Path directory) {
        try {
            String remote = remote(directory, new HashSet<>());
            Path build = directory;
            List<String> loadRestrictor = List.of();
            List<String> notFetched = missingLocal(directory);
            if (!library.isEmpty() && scratch != null && (remote != null || !notFetched.isEmpty())) {
                List<String> missing = new java.util.ArrayList<>();
                java.util.Optional<Path> copy = library.localCopy(directory, scratch, missing);
                if (copy.isPresent()) {
                    build = copy.get();
                    remote = null;
                    loadRestrictor = List.of("--load-restrictor=LoadRestrictionsNone");
                } else if (remote != null && !missing.isEmpty()) {
                    remote = remote + " (not in --manifests: " + String.join(", ", missing) + ")";
                }
            }
            if (remote == null && build == directory && !notFetched.isEmpty() && notFetched.stream().allMatch(p -> p.startsWith("vendor/"))) {
                remote = "vendored resources not fetched yet (" + String.join(", ", notFetched) + "; airgap/mirror.sh fetches them, or give --manifests)";
            }
            if (remote != null) {
                return new Build(null, remote, null, false);
            }
            if (runner == null || runner.find("kubectl").isEmpty()) {
                String plain = plain(directory, new HashSet<>());
                return plain != null ? new Build(plain, null, null, false) : new Build(null, null, null, true);
            }
            List<String> command = new java.util.ArrayList<>(List.of("kubectl", "kustomize", "."));
            command.addAll(loadRestrictor);
            ToolRunner.Run run = runner.run(ToolChecks.KUBECTL, build, command);
            return run.ok() ? new Build(run.output(), null, null, false)
                    : new Build(null, null, ToolChecks.kubectlError(run.output().replace(root + "/", "")).strip(), false);
        } catch (IOException e) {
            return new Build(null, null, e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Build(null, null, "interrupted", false);
        }
    }

    /**
     * Without kubectl, a kustomization that only lists local resources (files and folders, and maybe a
     * namespace) is built here, exactly as kustomize would; anything else (patches, generators, name
     * changes) returns null: it needs the real tool.
     */
    static String plain(Path directory, Set<Path> seen) throws IOException {
        if (!seen.add(directory.normalize())) {
            return "";
        }
        Path file = kustomizationFile(directory);
        List<YamlDocuments.Document> documents;
        try {
            documents = YamlDocuments.parse(Files.readString(file));
        } catch (RuntimeException e) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (YamlDocuments.Document document : documents) {
            JsonNode k = document.root();
            for (java.util.Iterator<String> fields = k.fieldNames(); fields.hasNext(); ) {
                if (!List.of("apiVersion", "kind", "resources", "namespace").contains(fields.next())) {
                    return null;
                }
            }
            String namespace = k.path("namespace").asText("");
            for (JsonNode entry : k.path("resources")) {
                Path local = directory.resolve(entry.asText()).normalize();
                String text;
                if (Files.isDirectory(local) && kustomizationFile(local) != null) {
                    text = plain(local, seen);
                } else if (Files.isRegularFile(local)) {
                    text = Files.readString(local);
                } else {
                    return null;
                }
                if (text == null || !namespace.isEmpty()) {
                    return null; // a namespace override needs kustomize's knowledge of which kinds are namespaced
                }
                out.append("\n---\n").append(text);
            }
        }
        return out.toString();
    }

    /** The first remote resource (or Helm chart) a kustomization uses, following local bases; null when none. */
    static String remote(Path directory, Set<Path> seen) throws IOException {
        if (!seen.add(directory.normalize())) {
            return null;
        }
        Path file = kustomizationFile(directory);
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
                    if (isRemote(value)) {
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

    /** The local files or folders a kustomization names that are not there (vendored files not fetched yet). */
    private static List<String> missingLocal(Path directory) throws IOException {
        Path file = kustomizationFile(directory);
        List<String> missing = new java.util.ArrayList<>();
        if (file == null) {
            return missing;
        }
        try {
            for (YamlDocuments.Document document : YamlDocuments.parse(Files.readString(file))) {
                for (String field : List.of("resources", "bases", "components")) {
                    for (JsonNode entry : document.root().path(field)) {
                        if (!isRemote(entry.asText()) && !Files.exists(directory.resolve(entry.asText()))) {
                            missing.add(entry.asText());
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return missing;
    }

    /** The one line that says a kustomization was not built for the network it needs. */
    static String remoteSkip(String kustomizationFile, String remote) {
        return kustomizationFile + ": not built: " + remote + " needs the network, so its objects were not checked";
    }

    static boolean isRemote(String resource) {
        return resource.contains("://") || resource.startsWith("github.com/") || resource.startsWith("git@") || resource.contains("?ref=");
    }

    static Path kustomizationFile(Path directory) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            if (Files.isRegularFile(directory.resolve(name))) {
                return directory.resolve(name);
            }
        }
        return null;
    }
}
