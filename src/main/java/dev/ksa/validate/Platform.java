package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the repository makes the cluster hold, per Application: the objects of every rendered
 * chart (hooks and CRDs included), every built kustomization and directory, and what the bootstrap
 * applies; the deployed Applications; each chart's two renders for the drift check; the value files
 * each Application gives its charts (for pointing at the line a problem comes from).
 */
final class Platform {
    /** A chart rendered twice for one Application, to see what changes between renders, with the values it was given merged over its own. */
    record ChartRender(Application application, String chart, PlatformObject.Origin origin,
            List<ChartRendering.Document> first, List<ChartRendering.Document> second, com.fasterxml.jackson.databind.JsonNode values) {}

    final List<PlatformObject> objects = new ArrayList<>();
    final Map<String, Application> applications = new LinkedHashMap<>();
    final List<ChartRender> renders = new ArrayList<>();
    final Map<String, List<SourceFile>> valuesFiles = new java.util.concurrent.ConcurrentHashMap<>();
    final Scopes scopes = new Scopes();
    /** Owners whose objects could not all be produced (a chart not found, a remote resource, a failed render). */
    final java.util.Set<String> incomplete = java.util.Collections.synchronizedSet(new java.util.TreeSet<>());
    String kubeVersion = "";
    /** The tree's own object behind a platform object (read from a file, or built by kustomize from it), for pointing at lines. */
    final Map<JsonNode, ManifestObject> treeSources = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /** Namespaces the bootstrap creates before Argo CD runs (helm install --create-namespace). */
    final java.util.Set<String> bootstrapNamespaces = new java.util.TreeSet<>();

    /**
     * Whether the tree builds the whole platform (a bootstrap script or platform.lock.json says so);
     * otherwise it is applied to a cluster that already holds things the tree does not show.
     */
    boolean complete = true;

    /**
     * Where an object missing in {@code namespace} ({@code ""}: a cluster-scoped one) may still come
     * from: the cluster a partial tree is applied to, or Applications that were not (fully) rendered
     * and deploy there. Empty when nothing can hide it: then its absence is a problem.
     */
    Optional<String> unknownSource(String namespace) {
        return unknownSource(namespace, "", "");
    }

    /**
     * The same for an object of a known kind: of the Applications not rendered, only those whose
     * component has a capability that makes such objects ({@code madeBy} in validate/cluster.yaml) count.
     */
    Optional<String> unknownSource(String namespace, String group, String kind) {
        if (!complete) {
            return Optional.of("the cluster this tree is applied to (the tree has no bootstrap script or platform.lock.json, so it does not build the whole platform)");
        }
        List<String> makers = kind.isEmpty() ? List.of() : ClusterFacts.load().madeBy(group, kind);
        List<String> owners = new ArrayList<>();
        for (String owner : new java.util.TreeSet<>(incomplete)) {
            Application app = applications.get(owner);
            if ((namespace.isEmpty() || app == null || app.namespace().equals(namespace)) && (makers.isEmpty() || mayMake(app, makers))) {
                owners.add(owner);
            }
        }
        return owners.isEmpty() ? Optional.empty() : Optional.of("Application " + String.join(", ", owners) + ", not rendered");
    }

    /** Whether the Application's component (label ksa.dev/component) has one of the capabilities; unknown components may. */
    private static boolean mayMake(Application app, List<String> capabilities) {
        if (app == null) {
            return true;
        }
        String id = app.body().at("/metadata/labels/ksa.dev~1component").asText("");
        java.util.Optional<dev.ksa.catalog.Component> component = dev.ksa.catalog.Catalog.load().find(id);
        return component.isEmpty() || component.get().provides().stream().anyMatch(capabilities::contains);
    }

    Optional<Application> application(String name) {
        return Optional.ofNullable(applications.get(name));
    }

    List<PlatformObject> ofKind(String group, String kind) {
        return objects.stream().filter(o -> o.group().equals(group) && o.kind().equals(kind)).toList();
    }

    /** The file and line where {@code value} is written in the value files {@code owner} gives its charts, if it is. */
    Optional<PlatformObject.Origin> locate(String owner, String value) {
        for (SourceFile file : valuesFiles.getOrDefault(owner, List.of())) {
            for (YamlDocuments.Document document : file.documents()) {
                Optional<String> pointer = ValueSearch.find(document.root(), value, "");
                if (pointer.isPresent()) {
                    int line = ValueSearch.lineWithin(document.root(), pointer.get(), document.valueLine(pointer.get()), value);
                    return Optional.of(new PlatformObject.Origin(file.path(), line, ""));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A problem about {@code object}, at the line of its values where {@code value} is written when the
     * object comes from a chart and the value is one of the Application's, else where the object is.
     */
    Problem problem(PlatformObject object, String value, String check, String message) {
        String where = object.origin().detail().isEmpty() ? "" : " [" + object.origin().detail() + "]";
        ManifestObject tree = treeSources.get(object.body());
        if (tree != null && value != null && !value.isEmpty()) {
            Optional<String> pointer = ValueSearch.find(tree.body(), value, "");
            if (pointer.isPresent()) {
                return new Problem(tree.file().path(), ValueSearch.lineWithin(tree.body(), pointer.get(), tree.valueLine(pointer.get()), value), check, message);
            }
        }
        if (value != null && !value.isEmpty()) {
            Optional<PlatformObject.Origin> located = locate(object.owner(), value);
            if (located.isPresent()) {
                return new Problem(located.get().file(), located.get().line(), check, message + where);
            }
        }
        return new Problem(object.origin().file(), Math.max(1, object.origin().line()), check, message + where);
    }
}
