package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argo CD Applications of the tree: the sync wave is an integer string, the destination names a
 * namespace, every {@code $values/...} file and every path source on this repository exists in the
 * tree; and which values file goes to which chart, for {@link HelmValues}.
 */
final class ArgoApplications {
    static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    /** A values file given to a chart: the Application, the chart, its version and the file in the tree. */
    record ValuesUse(ManifestObject application, String chart, String version, String file) {}

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ValuesUse> values = new ArrayList<>();

    private ArgoApplications(Path root) {
        this.root = root;
    }

    record Result(List<Problem> problems, List<ValuesUse> values) {}

    static boolean isApplication(ManifestObject object) {
        return "argoproj.io".equals(object.group()) && "Application".equals(object.kind());
    }

    static Result check(Path root, List<ManifestObject> applications) {
        ArgoApplications checker = new ArgoApplications(root);
        Set<String> thisRepository = new LinkedHashSet<>();
        for (ManifestObject app : applications) {
            for (JsonNode source : sources(app.body())) {
                if (source.has("ref")) {
                    thisRepository.add(normalize(source.path("repoURL").asText()));
                }
            }
        }
        if (thisRepository.isEmpty()) {
            for (ManifestObject app : applications) {
                for (JsonNode source : sources(app.body())) {
                    if (source.has("path") && checker.resolve(source.path("path").asText()).isPresent()) {
                        thisRepository.add(normalize(source.path("repoURL").asText()));
                    }
                }
            }
        }
        applications.forEach(app -> checker.check(app, thisRepository));
        return new Result(checker.problems, checker.values);
    }

    private void check(ManifestObject app, Set<String> thisRepository) {
        JsonNode wave = app.body().path("metadata").path("annotations").get(SYNC_WAVE);
        String wavePointer = "/metadata/annotations/" + YamlDocuments.segment(SYNC_WAVE);
        if (wave != null && !wave.isTextual()) {
            problems.add(app.problemAt(wavePointer, "argocd", "Application " + app.name() + ": annotation " + SYNC_WAVE
                    + " must be a string. Quote it: \"" + wave.asText() + "\""));
        } else if (wave != null && !INTEGER.matcher(wave.asText().trim()).matches()) {
            problems.add(app.problemAt(wavePointer, "argocd", "Application " + app.name() + ": sync wave '" + wave.asText()
                    + "' is not an integer. Give a whole number such as \"0\" or \"-1\""));
        }
        JsonNode spec = app.body().path("spec");
        if (spec.path("destination").path("namespace").asText("").isBlank()) {
            problems.add(app.problemAt(spec.has("destination") ? "/spec/destination" : "/spec", "argocd", "Application " + app.name()
                    + ": spec.destination.namespace is not set. Name the namespace the component installs into"));
        }
        boolean multi = spec.has("sources");
        List<JsonNode> sources = sources(app.body());
        if (sources.isEmpty()) {
            problems.add(app.problemAt("/spec", "argocd", "Application " + app.name() + " has no spec.source or spec.sources. Add the chart or path to deploy"));
        }
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = sources.get(i);
            String pointer = multi ? "/spec/sources/" + i : "/spec/source";
            if (source.has("path") && thisRepository.contains(normalize(source.path("repoURL").asText()))) {
                String path = source.path("path").asText();
                if (resolve(path).isEmpty()) {
                    problems.add(app.problemAt(pointer + "/path", "argocd", "Application " + app.name() + ": path '" + path
                            + "' does not exist in this repository. Create it or fix the path"));
                }
            }
            JsonNode files = source.path("helm").path("valueFiles");
            for (int j = 0; j < files.size(); j++) {
                String value = files.get(j).asText();
                if (!value.startsWith("$")) {
                    continue;
                }
                String ref = value.substring(1, value.indexOf('/') < 0 ? value.length() : value.indexOf('/'));
                String relative = value.indexOf('/') < 0 ? "" : value.substring(value.indexOf('/') + 1);
                String where = pointer + "/helm/valueFiles/" + j;
                if (sources.stream().noneMatch(s -> ref.equals(s.path("ref").asText()))) {
                    problems.add(app.problemAt(where, "argocd", "Application " + app.name() + ": " + value + " refers to $" + ref
                            + " but no source has ref: " + ref + ". Add a source {repoURL: <this repository>, ref: " + ref + "}"));
                    continue;
                }
                Optional<String> found = resolve(relative);
                boolean optional = source.path("helm").path("ignoreMissingValueFiles").asBoolean(false);
                if ((found.isEmpty() || !Files.isRegularFile(root.resolve(found.get()))) && optional) {
                    continue; // Argo CD skips a missing values file when ignoreMissingValueFiles is set (the site's own .local.yaml)
                }
                if (found.isEmpty() || !Files.isRegularFile(root.resolve(found.get()))) {
                    problems.add(app.problemAt(where, "argocd", "Application " + app.name() + ": values file " + value
                            + " does not exist in this repository. Create " + relative + " or fix the path"));
                } else if (source.has("chart")) {
                    values.add(new ValuesUse(app, source.path("chart").asText(), source.path("targetRevision").asText(""), found.get()));
                }
            }
        }
    }

    static List<JsonNode> sources(JsonNode application) {
        JsonNode spec = application.path("spec");
        List<JsonNode> out = new ArrayList<>();
        if (spec.path("source").isObject()) {
            out.add(spec.path("source"));
        }
        spec.path("sources").forEach(out::add);
        return out;
    }

    /**
     * A path on this repository inside the tree. The tree may sit under a prefix of the repository
     * ({@code spec.gitops.path}), so leading segments that the tree does not have are dropped.
     */
    Optional<String> resolve(String repositoryPath) {
        return RepositoryPaths.resolve(root, repositoryPath);
    }

    private static String normalize(String url) {
        return url.replaceAll("\\.git$", "").replaceAll("/+$", "");
    }
}
