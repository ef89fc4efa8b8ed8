package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.support.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The configuration documents kubeadm reads (kubeadm.k8s.io/v1beta4 Init-, Cluster-, Join-, Reset-
 * and UpgradeConfiguration, kubelet.config.k8s.io/v1beta1 KubeletConfiguration,
 * kubeproxy.config.k8s.io/v1alpha1 KubeProxyConfiguration) checked the way kubeadm's strict decoder
 * does: a field the type does not have, a value of the wrong type, a value outside a named type's
 * constants. The model ({@code validate/config-types.json}) is derived from the upstream Go types by a
 * test that fails when it drifts from them.
 */
final class ConfigModel {
    static final String RESOURCE = "validate/config-types.json";
    private static volatile ConfigModel instance;

    private final Map<String, Map<String, String>> documents;
    private final JsonNode types;

    /** One wrong field: where (a JSON pointer in the document) and what. */
    record Issue(String pointer, String message) {}

    private ConfigModel(JsonNode root) {
        this.types = root.path("types");
        Map<String, Map<String, String>> docs = new LinkedHashMap<>();
        root.path("documents").fields().forEachRemaining(group -> {
            Map<String, String> kinds = new LinkedHashMap<>();
            group.getValue().fields().forEachRemaining(k -> kinds.put(k.getKey(), k.getValue().asText()));
            docs.put(group.getKey(), kinds);
        });
        this.documents = docs;
    }

    static ConfigModel load() {
        if (instance == null) {
            try (InputStream in = ConfigModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                instance = new ConfigModel(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Whether the document's apiVersion is one of the configuration groups this model knows (any version). */
    boolean knowsGroup(String apiVersion) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : apiVersion;
        return documents.keySet().stream().anyMatch(v -> v.startsWith(group + "/"));
    }

    List<Issue> check(JsonNode document) {
        List<Issue> issues = new ArrayList<>();
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        Map<String, String> kinds = documents.get(apiVersion);
        if (kinds == null) {
            List<String> versions = documents.keySet().stream().filter(v -> v.startsWith(apiVersion.replaceFirst("/.*", "") + "/")).toList();
            issues.add(new Issue("/apiVersion", "apiVersion " + apiVersion + " is not checked; ksa knows " + String.join(", ", versions)
                    + ". Write the documents for that version (kubeadm config migrate converts older ones)"));
            return issues;
        }
        String type = kinds.get(kind);
        if (type == null) {
            issues.add(new Issue("/kind", apiVersion + " has no kind '" + kind + "'." + Suggestions.didYouMean(kind, kinds.keySet())
                    + " Kinds: " + String.join(", ", kinds.keySet())));
            return issues;
        }
        walk(document, type, "", issues);
        return issues;
    }

    private void walk(JsonNode node, String type, String pointer, List<Issue> issues) {
        if (node == null || node.isNull() || type.equals("any")) {
            return;
        }
        switch (type) {
            case "string" -> expect(node.isTextual(), node, "a string", pointer, issues);
            case "bool" -> expect(node.isBoolean(), node, "true or false", pointer, issues);
            case "integer" -> expect(node.isIntegralNumber(), node, "a whole number", pointer, issues);
            case "number" -> expect(node.isNumber(), node, "a number", pointer, issues);
            default -> {
                if (type.startsWith("[]")) {
                    if (expect(node.isArray(), node, "a list", pointer, issues)) {
                        for (int i = 0; i < node.size(); i++) {
                            walk(node.get(i), type.substring(2), pointer + "/" + i, issues);
                        }
                    }
                } else if (type.startsWith("map[string]")) {
                    if (expect(node.isObject(), node, "a map", pointer, issues)) {
                        node.fields().forEachRemaining(e -> walk(e.getValue(), type.substring("map[string]".length()), pointer + "/" + YamlDocuments.segment(e.getKey()), issues));
                    }
                } else {
                    named(node, type, pointer, issues);
                }
            }
        }
    }

    private void named(JsonNode node, String type, String pointer, List<Issue> issues) {
        JsonNode def = types.get(type);
        if (def == null) {
            throw new IllegalStateException(RESOURCE + ": type " + type + " is not defined");
        }
        if (def.isTextual()) {
            walk(node, def.asText(), pointer, issues);
            return;
        }
        if (def.has("enum")) {
            if (expect(node.isTextual(), node, "a string", pointer, issues)) {
                TreeSet<String> allowed = new TreeSet<>();
                def.path("enum").forEach(v -> allowed.add(v.asText()));
                if (!node.asText().isEmpty() && !allowed.contains(node.asText())) {
                    issues.add(new Issue(pointer, field(pointer) + " is '" + node.asText() + "', not one of " + String.join(", ", allowed) + "."
                            + Suggestions.didYouMean(node.asText(), allowed)));
                }
            }
            return;
        }
        if (!expect(node.isObject(), node, "a map of " + shortName(type), pointer, issues)) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        collectFields(type, fields);
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = pointer + "/" + YamlDocuments.segment(e.getKey());
            String fieldType = fields.get(e.getKey());
            if (fieldType == null) {
                issues.add(new Issue(child, "unknown field '" + e.getKey() + "' in " + shortName(type) + "." + Suggestions.didYouMean(e.getKey(), fields.keySet())
                        + " Fields: " + String.join(", ", new TreeSet<>(fields.keySet()))));
            } else {
                walk(e.getValue(), fieldType, child, issues);
            }
        }
    }

    private void collectFields(String type, Map<String, String> into) {
        JsonNode def = types.get(type);
        if (def == null || !def.isObject()) {
            return;
        }
        def.path("inline").forEach(t -> collectFields(t.asText(), into));
        def.path("fields").fields().forEachRemaining(f -> into.put(f.getKey(), f.getValue().asText()));
    }

    private static boolean expect(boolean ok, JsonNode node, String what, String pointer, List<Issue> issues) {
        if (!ok) {
            issues.add(new Issue(pointer, field(pointer) + " must be " + what + ", not " + (node.isTextual() ? "'" + node.asText() + "'" : node.toString())));
        }
        return ok;
    }

    private static String field(String pointer) {
        return pointer.isEmpty() ? "the document" : pointer.substring(1).replace('/', '.');
    }

    private static String shortName(String type) {
        return type.substring(type.indexOf('.') + 1);
    }
}
