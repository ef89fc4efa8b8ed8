package dev.ksa.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A path of the GitOps repository as a path inside the validated tree. The tree may sit under a
 * prefix of the repository ({@code spec.gitops.path}), so leading segments the tree does not have are
 * dropped until one exists.
 */
final class RepositoryPaths {
    private RepositoryPaths() {}

    static Optional<String> resolve(Path root, String repositoryPath) {
        String path = repositoryPath.replaceAll("^\\./", "").replaceAll("/+$", "");
        if (path.isEmpty() || path.equals(".")) {
            return Optional.of("");
        }
        while (true) {
            if (!path.contains("..") && Files.exists(root.resolve(path))) {
                return Optional.of(path);
            }
            int slash = path.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            path = path.substring(slash + 1);
        }
    }
}
