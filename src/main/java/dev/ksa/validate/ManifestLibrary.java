package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Release manifests kept offline ({@code --manifests DIR}, e.g. a copy of what airgap/mirror.sh
 * vendors), so a kustomization that names remote resources, or vendored files not fetched yet, can
 * still be built and checked without the network: a file URL (or a missing local file) is found by
 * its file name, a remote kustomize base ({@code github.com/org/repo//path?ref=...}) by its path
 * under any folder of the library. The kustomization is built from a copy that refers to them; what
 * the library lacks stays a skip.
 */
final class ManifestLibrary {
    private static final Pattern GIT_BASE = Pattern.compile("^(?:https?://)?(?:github\\.com|gitlab\\.com)/[^/]+/[^/]+?(?:\\.git)?//([^?]+)(?:\\?.*)?$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final List<Path> roots;
    private final Map<String, Optional<Path>> byName = new ConcurrentHashMap<>();

    ManifestLibrary(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /**
     * A copy of {@code directory} under {@code scratch} whose kustomization refers to local copies of
     * every remote or missing resource, or empty when the library lacks one of them (named in {@code missing}).
     */
    Optional<Path> localCopy(Path directory, Path scratch, List<String> missing) throws IOException {
        Path file = Kustomize.kustomizationFile(directory);
        JsonNode kustomization = YAML.readTree(file.toFile());
        if (!(kustomization instanceof ObjectNode object)) {
            return Optional.empty();
        }
        Path copy = scratch.resolve("kustomize-" + Integer.toHexString(directory.toString().hashCode()));
        dev.ksa.support.Folders.copy(directory, copy);
        boolean changed = false;
        for (String field : List.of("resources", "bases", "components")) {
            JsonNode entries = object.path(field);
            if (!entries.isArray()) {
                continue;
            }
            ArrayNode rewritten = YAML.createArrayNode();
            for (JsonNode entry : entries) {
                String value = entry.asText();
                boolean remote = Kustomize.isRemote(value);
                boolean absent = !remote && !Files.exists(directory.resolve(value));
                if (!remote && !absent) {
                    rewritten.add(value);
                    continue;
                }
                Optional<Path> local = find(value);
                if (local.isEmpty()) {
                    missing.add(value);
                    rewritten.add(value);
                    continue;
                }
                rewritten.add(local.get().toAbsolutePath().toString());
                changed = true;
            }
            object.set(field, rewritten);
        }
        if (!missing.isEmpty() || !changed) {
            return Optional.empty();
        }
        YAML.writeValue(Kustomize.kustomizationFile(copy).toFile(), object);
        return Optional.of(copy);
    }

    /** A resource of the library: a kustomize base by its path, a file by its name. */
    Optional<Path> find(String resource) {
        Matcher base = GIT_BASE.matcher(resource);
        if (base.matches()) {
            return folder(base.group(1));
        }
        String name = resource.replaceAll("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        if (!name.matches(".+\\.(ya?ml|json)")) {
            return Kustomize.isRemote(resource) ? Optional.empty() : folder(resource);
        }
        String wanted = name;
        return byName.computeIfAbsent(wanted, n -> {
            for (Path root : roots) {
                try (Stream<Path> walk = Files.walk(root)) {
                    Optional<Path> found = walk.filter(p -> p.getFileName().toString().equals(n) && Files.isRegularFile(p)).sorted().findFirst();
                    if (found.isPresent()) {
                        return found;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Optional.empty();
        });
    }

    /** A local folder not there yet ({@code vendor/manifests/example}): the same path, or a shorter tail of it, under a folder of the library. */
    private Optional<Path> folder(String relative) {
        String path = relative.replaceAll("^\\./", "").replaceAll("/+$", "");
        while (!path.isEmpty()) {
            for (Path root : roots) {
                try (Stream<Path> children = Files.list(root)) {
                    for (Path child : children.sorted().toList()) {
                        Path candidate = child.resolve(path);
                        if (Files.isDirectory(candidate) && Kustomize.isKustomizationDirectory(candidate)) {
                            return Optional.of(candidate);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            int slash = path.indexOf('/');
            path = slash < 0 ? "" : path.substring(slash + 1);
        }
        return Optional.empty();
    }

}
