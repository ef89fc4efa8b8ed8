package dev.ksa.audit;

import java.util.Locale;

/**
 * A container image reference split and normalised as the Docker registry resolves it:
 * {@code nginx}, {@code library/nginx}, {@code docker.io/library/nginx} and
 * {@code index.docker.io/library/nginx} are the same repository {@code docker.io/library/nginx}.
 */
public record ImageName(String registry, String path, String tag, String digest) {
    private static final String DOCKER_HUB = "docker.io";
    /**
     * Registries where projects publish their own images. An image found there under another
     * project's path is that registry's image, not a mirror of the catalog's one
     * ({@code quay.io/kiwigrid/k8s-sidecar} is not a copy of {@code docker.io/kiwigrid/k8s-sidecar}
     * made for an air-gapped site).
     */
    private static final java.util.Set<String> PUBLIC_REGISTRIES = java.util.Set.of(
            DOCKER_HUB, "quay.io", "ghcr.io", "gcr.io", "k8s.gcr.io", "registry.k8s.io", "public.ecr.aws",
            "mcr.microsoft.com", "registry.gitlab.com", "docker.elastic.co", "nvcr.io", "icr.io", "registry.access.redhat.com");

    public static ImageName parse(String image) {
        String rest = image.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        String path = rest;
        int first = rest.indexOf('/');
        if (first > 0) {
            String head = rest.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
                registry = head.toLowerCase(Locale.ROOT);
                path = rest.substring(first + 1);
            }
        }
        if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io") || registry.equals("registry.hub.docker.com")) {
            registry = DOCKER_HUB;
        }
        if (registry.equals(DOCKER_HUB) && !path.contains("/")) {
            path = "library/" + path;
        }
        return new ImageName(registry, path, tag == null || tag.isEmpty() ? null : tag, digest);
    }

    /** {@code registry/path}, without tag or digest. */
    public String repository() {
        return registry + "/" + path;
    }

    /** Whether the registry is a public one projects publish to, rather than a private mirror. */
    public boolean publicRegistry() {
        return PUBLIC_REGISTRIES.contains(registry) || registry.endsWith(".gcr.io") || registry.endsWith(".pkg.dev");
    }

    /** Pinned by a digest, or by a tag other than {@code latest}. */
    public boolean pinned() {
        return digest != null || (tag != null && !tag.equals("latest"));
    }
}
