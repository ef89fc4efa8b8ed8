package dev.ksa.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profiles of the feature wiring tests ({@code src/test/resources/render/features/}): every feature
 * on three control planes (highly available, backups and k8gb set in the profile), on one control plane
 * (Linkerd, backups on the cluster's own Ceph, k8gb's defaults), and on AWS. Plans and trees are cached:
 * several tests read the same ones.
 */
final class FeatureProfiles {
    static final List<String> ALL = List.of("on-prem-ha", "on-prem-single", "aws");
    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();
    private static final Map<String, FileTree> TREES = new ConcurrentHashMap<>();

    private FeatureProfiles() {}

    static Path file(String name) {
        return Path.of("src/test/resources/render/features", name + ".yaml");
    }

    static Plan plan(String name) {
        return PLANS.computeIfAbsent(name, n -> new Planner(Catalog.load(), Examples.DECEMBER_2026).plan(ProfileReader.read(file(n))));
    }

    static FileTree tree(String name) {
        return TREES.computeIfAbsent(name, n -> new Renderer(Catalog.load()).render(plan(n), Lang.EN));
    }

    /** The documents of a generated file. */
    static List<JsonNode> documents(String name, String path) throws Exception {
        String text = tree(name).get(path);
        if (text == null) {
            throw new AssertionError(name + ": no file " + path);
        }
        return GeneratedTreeTest.documents(text);
    }

    /** The first document of a generated file (values files have one). */
    static JsonNode document(String name, String path) throws Exception {
        return documents(name, path).get(0);
    }

    /** The first document of a kind in a generated file. */
    static JsonNode ofKind(String name, String path, String kind) throws Exception {
        return documents(name, path).stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no " + kind + " in " + path));
    }

    static int wave(String name, String application) throws Exception {
        return document(name, "apps/" + application + ".yaml").at("/metadata/annotations/argocd.argoproj.io~1sync-wave").asInt();
    }
}
