package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pod spec of an object that runs pods (a Pod, a workload's template, a CronJob's job template), and its images. */
final class PodSpecs {
    private PodSpecs() {}

    /** The pointer of the pod spec inside the object, if it has one. */
    static Optional<String> pointer(JsonNode body) {
        for (String candidate : List.of("/spec/template/spec", "/spec/jobTemplate/spec/template/spec")) {
            if (body.at(candidate).path("containers").isArray()) {
                return Optional.of(candidate);
            }
        }
        if ("Pod".equals(body.path("kind").asText()) && body.at("/spec/containers").isArray()) {
            return Optional.of("/spec");
        }
        return Optional.empty();
    }

    /** Every container of the pod spec (init and ephemeral too). */
    static List<JsonNode> containers(JsonNode spec) {
        List<JsonNode> out = new ArrayList<>();
        for (String field : List.of("initContainers", "containers", "ephemeralContainers")) {
            spec.path(field).forEach(out::add);
        }
        return out;
    }

    /** The image repository without tag or digest: {@code quay.io/jetstack/cert-manager-controller}. */
    static String repository(String image) {
        String name = image;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        return colon > slash ? name.substring(0, colon) : name;
    }
}
