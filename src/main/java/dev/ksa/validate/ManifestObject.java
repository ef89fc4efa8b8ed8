package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Kubernetes object of the tree: the file, its document (for lines), and the JSON pointer of the
 * object inside the document ({@code ""}, or {@code /items/3} for an item of a List). An object
 * rendered from a chart or built by kustomize has the values file or kustomization as its file and
 * says where it comes from in {@code detail} ({@code chart grafana, grafana/templates/secret.yaml}).
 */
record ManifestObject(SourceFile file, YamlDocuments.Document document, String pointer, JsonNode body, String detail) {

    ManifestObject(SourceFile file, YamlDocuments.Document document, String pointer, JsonNode body) {
        this(file, document, pointer, body, "");
    }

    String apiVersion() {
        return text("apiVersion");
    }

    String kind() {
        return text("kind");
    }

    String name() {
        return body.path("metadata").path("name").asText("");
    }

    String namespace() {
        return body.path("metadata").path("namespace").asText("");
    }

    /** {@code monitoring.coreos.com} of {@code monitoring.coreos.com/v1}; {@code ""} for the core group. */
    String group() {
        String api = apiVersion();
        int slash = api.indexOf('/');
        return slash < 0 ? "" : api.substring(0, slash);
    }

    String version() {
        String api = apiVersion();
        return api.substring(api.indexOf('/') + 1);
    }

    int line() {
        return document.lineOf(pointer);
    }

    /** The line of a field inside this object, {@code /spec/replicas}. */
    int lineOf(String relative) {
        return document.lineOf(pointer + relative);
    }

    int valueLine(String relative) {
        return document.valueLine(pointer + relative);
    }

    Problem problem(String check, String message) {
        return new Problem(file.path(), line(), check, message + where());
    }

    Problem problemAt(String relative, String check, String message) {
        return new Problem(file.path(), lineOf(relative), check, message + where());
    }

    private String where() {
        return detail.isEmpty() ? "" : " [" + detail + "]";
    }

    /** {@code Deployment monitoring/grafana}. */
    String describe() {
        String ns = namespace();
        return kind() + " " + (ns.isEmpty() ? "" : ns + "/") + name();
    }

    private String text(String field) {
        JsonNode v = body.get(field);
        return v == null || !v.isTextual() ? "" : v.asText();
    }
}
