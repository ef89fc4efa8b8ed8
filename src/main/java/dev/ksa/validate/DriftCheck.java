package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argo CD renders a chart on every refresh. What changes from one render to the next (a random
 * password, a generated certificate, a checksum of either) keeps the Application OutOfSync and, with
 * self-heal, rotates on every sync. Each chart was rendered twice; every field that differs must be
 * pinned by the values or ignored by the Application's {@code ignoreDifferences} (or argocd-cm's
 * system-wide ones), and with automated sync the Application must also respect what it ignores
 * ({@code RespectIgnoreDifferences=true}), or the next sync still writes the new value.
 */
final class DriftCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String SYSTEM_PREFIX = "resource.customizations.ignoreDifferences.";

    private DriftCheck() {}

    static void run(Platform platform, PlatformAssembly.Validation validation) {
        List<IgnoreDifferences.Rule> system = systemRules(platform);
        for (Platform.ChartRender render : platform.renders) {
            Map<String, ChartRendering.Document> second = byKey(render.second(), render.application());
            for (ChartRendering.Document first : render.first()) {
                String key = key(first, render.application());
                if (first.hook() && List.of("Job", "Pod").contains(first.body().path("kind").asText())) {
                    continue; // Argo CD deletes and re-creates these at every sync anyway
                }
                ChartRendering.Document other = second.get(key);
                String namespace = namespace(first, render.application());
                String describe = first.body().path("kind").asText() + " " + (namespace.isEmpty() ? "" : namespace + "/")
                        + first.body().path("metadata").path("name").asText();
                if (other == null) {
                    validation.problem(problem(render, first, "drift", describe + " of chart " + render.chart()
                            + " gets a different name on every render, so Argo CD replaces it on every sync. Pin its name in the values"));
                    continue;
                }
                Set<String> changed = new LinkedHashSet<>();
                differences(first.body(), other.body(), "", changed);
                List<String> uncovered = new ArrayList<>();
                boolean coveredSome = false;
                for (String path : changed) {
                    if (covered(render.application().ignored(), first, render.application(), path)) {
                        coveredSome = true;
                    } else if (covered(system, first, render.application(), path)) {
                        continue;
                    } else {
                        uncovered.add(path);
                    }
                }
                if (!uncovered.isEmpty()) {
                    validation.problem(problem(render, first, "drift", describe + " of chart " + render.chart() + " changes on every render at "
                            + String.join(", ", uncovered.subList(0, Math.min(4, uncovered.size()))) + (uncovered.size() > 4 ? " (and " + (uncovered.size() - 4) + " more)" : "")
                            + " (a generated secret or certificate?), so Application " + render.application().name()
                            + " never settles and rotates it on every sync. Pin it in the values (an existing Secret) or add it to the Application's ignoreDifferences"));
                } else if (coveredSome && render.application().automated() && !render.application().respectsIgnoreDifferences()) {
                    validation.problem(new Problem(render.application().file(), render.application().line(), "drift", "Application "
                            + render.application().name() + " ignores the generated fields of " + describe + ", but without the syncOption "
                            + "RespectIgnoreDifferences=true every sync still writes a newly generated value. Add it"));
                }
            }
        }
    }

    /** argocd-cm's {@code resource.customizations.ignoreDifferences.<group_kind>} and {@code .all}. */
    static List<IgnoreDifferences.Rule> systemRules(Platform platform) {
        List<IgnoreDifferences.Rule> rules = new ArrayList<>();
        for (PlatformObject config : platform.objects) {
            if (!config.group().isEmpty() || !config.kind().equals("ConfigMap") || !config.name().equals("argocd-cm")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = config.body().path("data").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().startsWith(SYSTEM_PREFIX)) {
                    continue;
                }
                String target = field.getKey().substring(SYSTEM_PREFIX.length());
                String group = "*";
                String kind = "*";
                if (!target.equals("all")) {
                    int underscore = target.lastIndexOf('_');
                    group = underscore < 0 ? "" : target.substring(0, underscore);
                    kind = underscore < 0 ? target : target.substring(underscore + 1);
                }
                try {
                    JsonNode entry = YAML.readTree(field.getValue().asText(""));
                    if (entry != null && entry.isObject()) {
                        rules.add(IgnoreDifferences.rule(entry, group, kind, "argocd-cm " + field.getKey()));
                    }
                } catch (java.io.IOException e) {
                    // an unreadable customization is Argo CD's to reject; it ignores nothing here
                }
            }
        }
        return rules;
    }

    private static boolean covered(List<IgnoreDifferences.Rule> rules, ChartRendering.Document document, Application app, String path) {
        JsonNode body = document.body();
        String group = group(body);
        for (IgnoreDifferences.Rule rule : rules) {
            if (rule.matches(group, body.path("kind").asText(), body.path("metadata").path("name").asText(), namespace(document, app))
                    && rule.covers(body, path)) {
                return true;
            }
        }
        return false;
    }

    /** Leaf paths (JSON pointers) where two renders of an object differ; a list of another length differs as a whole. */
    static void differences(JsonNode a, JsonNode b, String pointer, Set<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                String child = pointer + "/" + YamlDocuments.segment(name);
                if (x == null || y == null) {
                    out.add(child);
                } else {
                    differences(x, y, child, out);
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(a.get(i), b.get(i), pointer + "/" + i, out);
            }
        } else {
            out.add(pointer.isEmpty() ? "/" : pointer);
        }
    }

    private static Map<String, ChartRendering.Document> byKey(List<ChartRendering.Document> documents, Application app) {
        Map<String, ChartRendering.Document> out = new LinkedHashMap<>();
        documents.forEach(d -> out.putIfAbsent(key(d, app), d));
        return out;
    }

    private static String key(ChartRendering.Document document, Application app) {
        JsonNode body = document.body();
        return body.path("apiVersion").asText() + "/" + body.path("kind").asText() + "/" + namespace(document, app) + "/"
                + body.path("metadata").path("name").asText();
    }

    private static String namespace(ChartRendering.Document document, Application app) {
        return document.body().path("metadata").path("namespace").asText(app.namespace());
    }

    private static String group(JsonNode body) {
        String api = body.path("apiVersion").asText();
        int slash = api.indexOf('/');
        return slash < 0 ? "" : api.substring(0, slash);
    }

    private static Problem problem(Platform.ChartRender render, ChartRendering.Document document, String check, String message) {
        return new Problem(render.origin().file(), Math.max(1, render.origin().line()), check, message + " [chart " + render.chart() + ", " + document.source() + "]");
    }
}
