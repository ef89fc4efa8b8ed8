package dev.ksa.inventory;

import dev.ksa.support.UserError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Looks at kubeconfig files before fabric8 reads them, because fabric8 quietly falls back to the
 * in-cluster address ({@code kubernetes.default.svc}) for a file that is not a kubeconfig or
 * names no current context, and the user is then told that address cannot be reached.
 * Here such a file is a usage error (exit 2) that says what is wrong with it.
 */
final class KubeconfigFiles {
    private KubeconfigFiles() {}

    /** The contexts the files define and the current context (kubectl's merge: the first file that sets it wins). */
    record Summary(List<String> contexts, String currentContext) {}

    /**
     * @param files the kubeconfig files, as given ({@code --kubeconfig}) or found ($KUBECONFIG, ~/.kube/config); missing ones are skipped
     * @param origin how they were named, for messages ({@code --kubeconfig x.yaml}, {@code $KUBECONFIG})
     */
    static Summary check(List<Path> files, String origin) {
        Set<String> contexts = new LinkedHashSet<>();
        String current = null;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Object root = load(file, origin);
            if (!(root instanceof Map<?, ?> map) || !looksLikeKubeconfig(map)) {
                throw new UserError(origin + ": " + file + " is not a kubeconfig (expected 'kind: Config' with clusters, contexts"
                        + " and users). Give a kubeconfig file, for example the one 'kubectl config view --raw' prints");
            }
            if (map.get("contexts") instanceof List<?> list) {
                for (Object entry : list) {
                    if (entry instanceof Map<?, ?> named && named.get("name") != null) {
                        contexts.add(named.get("name").toString());
                    }
                }
            }
            Object set = map.get("current-context");
            if (current == null && set != null && !set.toString().isBlank()) {
                current = set.toString();
            }
        }
        return new Summary(new ArrayList<>(contexts), current);
    }

    private static boolean looksLikeKubeconfig(Map<?, ?> map) {
        Object kind = map.get("kind");
        if (kind != null && !"Config".equals(kind.toString())) {
            return false;
        }
        return map.containsKey("clusters") || map.containsKey("contexts") || map.containsKey("users")
                || map.containsKey("current-context") || "Config".equals(String.valueOf(kind));
    }

    private static Object load(Path file, String origin) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setMaxAliasesForCollections(10)
                .setAllowDuplicateKeys(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (Files.size(file) > 64L * 1024 * 1024) {
                throw new UserError(origin + ": " + file + " is larger than 64 MB; that is not a kubeconfig");
            }
            Object first = null;
            for (Object document : new Load(settings).loadAllFromReader(reader)) {
                first = document;
                break;
            }
            return first;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError user) {
                throw user;
            }
            throw new UserError(origin + ": " + file + " is not a kubeconfig (" + firstLine(e.getMessage())
                    + "). Check it with: kubectl config view --kubeconfig " + file);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
