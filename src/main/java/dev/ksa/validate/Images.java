package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The container images an object makes the cluster pull: every container of its pod spec, and in a
 * custom resource every string field named {@code image} that reads as an image reference (an
 * operator runs them: Rook's Ceph image, a Keycloak server's image). References are compared in one
 * form: {@code nginx:1.27} is {@code docker.io/library/nginx:1.27}.
 */
final class Images {
    private static final Pattern REFERENCE = Pattern.compile("[a-z0-9]([a-z0-9._/-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9._-]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");

    private Images() {}

    static Set<String> of(JsonNode body) {
        Set<String> images = new LinkedHashSet<>();
        PodSpecs.pointer(body).ifPresent(pointer -> PodSpecs.containers(body.at(pointer)).forEach(c -> {
            String image = c.path("image").asText("");
            if (!image.isEmpty() && !image.contains("{{")) {
                images.add(image);
            }
        }));
        if (PodSpecs.pointer(body).isEmpty() && !TypedModels.BUILT_IN_GROUPS.contains(group(body))) {
            fields(body.path("spec"), images);
        }
        return images;
    }

    /** Fields of custom resources whose map values are images. */
    private static final Set<String> IMAGE_MAPS = Set.of("override", "images");

    private static void fields(JsonNode node, Set<String> images) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (field.getKey().equals("image") && value.isTextual() && looksLikeImage(value.asText())) {
                    images.add(value.asText());
                } else if (IMAGE_MAPS.contains(field.getKey()) && value.isObject()) {
                    // operators that take their images as a map of container name to image (Knative's registry.override)
                    value.forEach(v -> {
                        if (v.isTextual() && looksLikeImage(v.asText()) && v.asText().contains("/")) {
                            images.add(v.asText());
                        }
                    });
                } else {
                    fields(value, images);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> fields(item, images));
        }
    }

    private static boolean looksLikeImage(String text) {
        return (text.contains("/") || text.contains(":")) && REFERENCE.matcher(text).matches();
    }

    /** A fixed tag (not {@code latest}) or a digest. */
    static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash && !image.substring(colon + 1).equals("latest");
    }

    /** {@code docker.io/library/nginx:1.27} for {@code nginx:1.27}; a digest kept, a tag kept. */
    static String normalize(String image) {
        String reference = image.strip();
        int slash = reference.indexOf('/');
        String first = slash < 0 ? "" : reference.substring(0, slash);
        boolean hasRegistry = slash >= 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"));
        if (!hasRegistry) {
            reference = "docker.io/" + (slash < 0 ? "library/" : "") + reference;
        }
        return reference;
    }

    /** Whether a list of normalized references holds the image: the same reference, or the same tag without its digest. */
    static boolean listed(String image, Set<String> listed) {
        String normal = normalize(image);
        if (listed.contains(normal)) {
            return true;
        }
        int at = normal.indexOf('@');
        return at > 0 && listed.contains(normal.substring(0, at));
    }

    private static String group(JsonNode body) {
        String api = body.path("apiVersion").asText("");
        int slash = api.indexOf('/');
        return slash < 0 ? "" : api.substring(0, slash);
    }
}
