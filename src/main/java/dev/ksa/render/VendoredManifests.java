package dev.ksa.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release manifests a manifest-installed component names by URL, as an air-gapped repository holds
 * them: each under {@code manifests/<id>/vendor/}, fetched once by airgap/mirror.sh on a machine with
 * internet and committed, so Argo CD never reaches out at sync time. A file URL becomes
 * {@code vendor/<file>}; a kustomize base in a Git repository ({@code github.com/org/repo//path?ref=R})
 * becomes {@code vendor/<repo>/<path>} of a shallow clone at that ref.
 */
final class VendoredManifests {
    private static final Pattern GIT_BASE = Pattern.compile("^(?:https://)?github\\.com/([^/]+)/([^/]+?)(?:\\.git)?//([^?]+)\\?ref=([^&]+)$");

    /** Where a URL is kept in the repository (relative to manifests/<id>/), and the command that fetches it there. */
    record Vendored(String localPath, String fetch) {}

    private VendoredManifests() {}

    static Optional<Vendored> of(String componentId, String url) {
        String base = "manifests/" + componentId + "/vendor/";
        Matcher git = GIT_BASE.matcher(url);
        if (git.matches()) {
            String repo = git.group(2);
            String clone = "test -d " + base + repo + " || git clone --quiet --depth 1 --branch " + git.group(4) + " https://github.com/"
                    + git.group(1) + "/" + repo + ".git " + base + repo;
            return Optional.of(new Vendored("vendor/" + repo + "/" + git.group(3).replaceAll("/+$", ""), clone));
        }
        if (url.startsWith("https://") && url.matches(".+\\.(ya?ml|json)$")) {
            String file = url.substring(url.lastIndexOf('/') + 1);
            return Optional.of(new Vendored("vendor/" + file, "curl -fsSL --create-dirs -o " + base + file + " '" + url + "'"));
        }
        return Optional.empty();
    }

    /** The resources of the component's kustomization: vendored paths where the URL can be vendored. */
    static Map<String, String> resources(String componentId, Iterable<String> urls) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String url : urls) {
            out.put(url, of(componentId, url).map(Vendored::localPath).orElse(url));
        }
        return out;
    }
}
