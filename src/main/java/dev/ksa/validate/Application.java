package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An Argo CD Application as the checks of the whole platform read it: its name, sync wave,
 * destination namespace, sources, sync options, and the differences it tells Argo CD to ignore.
 */
record Application(JsonNode body, PlatformObject.Origin origin, String name, int wave, String namespace, List<JsonNode> sources,
        Set<String> syncOptions, boolean automated, boolean selfHeal, List<IgnoreDifferences.Rule> ignored) {

    static Application of(JsonNode body, PlatformObject.Origin origin) {
        JsonNode spec = body.path("spec");
        int wave = 0;
        try {
            wave = Integer.parseInt(body.path("metadata").path("annotations").path(ArgoApplications.SYNC_WAVE).asText("0").trim());
        } catch (NumberFormatException e) {
            // reported by ArgoApplications; Argo CD takes such an Application as wave 0
        }
        Set<String> options = new LinkedHashSet<>();
        spec.path("syncPolicy").path("syncOptions").forEach(o -> options.add(o.asText()));
        JsonNode automated = spec.path("syncPolicy").path("automated");
        return new Application(body, origin, body.path("metadata").path("name").asText(""), wave,
                spec.path("destination").path("namespace").asText(""), ArgoApplications.sources(body), options, automated.isObject(),
                automated.path("selfHeal").asBoolean(false), IgnoreDifferences.rules(spec.path("ignoreDifferences"), "/spec/ignoreDifferences"));
    }

    static boolean is(JsonNode body) {
        return body.path("apiVersion").asText("").startsWith("argoproj.io/") && "Application".equals(body.path("kind").asText());
    }

    boolean createsNamespace() {
        return syncOptions.contains("CreateNamespace=true");
    }

    boolean respectsIgnoreDifferences() {
        return syncOptions.contains("RespectIgnoreDifferences=true");
    }

    /** The release name Helm gets for a chart source: helm.releaseName, else the Application's name, as Argo CD does. */
    String releaseName(JsonNode source) {
        String given = source.path("helm").path("releaseName").asText("");
        return given.isEmpty() ? name : given;
    }

    String file() {
        return origin.file();
    }

    int line() {
        return origin.line();
    }
}
