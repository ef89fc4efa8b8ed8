package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One object the repository makes the cluster hold: its body, the Application that applies it (or
 * {@code bootstrap}), that Application's sync wave, its namespace as the cluster will see it (the
 * Application's destination for a namespaced object that names none), where it comes from, and
 * whether it is a hook (run by Argo CD at sync, not kept).
 */
record PlatformObject(String owner, int wave, JsonNode body, String namespace, Origin origin, boolean hook) {

    /** Where an object comes from: a file of the tree and its line, with a detail such as the chart template. */
    record Origin(String file, int line, String detail) {
        String display() {
            return (line > 0 ? file + ":" + line : file) + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    String apiVersion() {
        return body.path("apiVersion").asText("");
    }

    String group() {
        String api = apiVersion();
        int slash = api.indexOf('/');
        return slash < 0 ? "" : api.substring(0, slash);
    }

    String kind() {
        return body.path("kind").asText("");
    }

    String name() {
        return body.path("metadata").path("name").asText("");
    }

    /** {@code Secret keycloak/keycloak-tls}. */
    String describe() {
        return kind() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name();
    }

    /** The identity Argo CD tracks an object by: group, kind, namespace, name. */
    String key() {
        return group() + "/" + kind() + "/" + namespace + "/" + name();
    }

    Problem problem(String check, String message) {
        return new Problem(origin.file(), Math.max(1, origin.line()), check, message + (origin.detail().isEmpty() ? "" : " [" + origin.detail() + "]"));
    }
}
