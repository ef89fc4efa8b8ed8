package dev.ksa.inventory;

import dev.ksa.support.Suggestions;
import dev.ksa.support.UserError;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the cluster as kubectl does: {@code --kubeconfig}, else {@code $KUBECONFIG}, else
 * {@code ~/.kube/config}, else the in-cluster service account; {@code --context} picks a
 * context, else the current one.
 */
public final class ClusterConnection {
    private static final Path SERVICE_ACCOUNT_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

    private ClusterConnection() {}

    /** An open client and the context name it talks to. */
    public record Connected(KubernetesClient client, String context) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    public static Connected connect(String kubeconfig, String context) {
        return connect(kubeconfig, context, LiveInventoryReader.Options.DEFAULT_TIMEOUT);
    }

    /** As {@link #connect(String, String)}, each request bounded by {@code requestTimeout} ({@code --request-timeout}). */
    public static Connected connect(String kubeconfig, String context, java.time.Duration requestTimeout) {
        Config config = config(kubeconfig, context);
        config.setConnectionTimeout((int) Math.min(10_000, requestTimeout.toMillis()));
        config.setRequestTimeout((int) Math.min(Integer.MAX_VALUE, requestTimeout.toMillis()));
        config.setRequestRetryBackoffLimit(1);
        String name = config.getCurrentContext() != null ? config.getCurrentContext().getName() : "in-cluster";
        return new Connected(new KubernetesClientBuilder().withConfig(config).build(), name);
    }

    static Config config(String kubeconfig, String context) {
        Config config;
        if (kubeconfig != null) {
            Path path = Path.of(kubeconfig);
            if (!Files.isRegularFile(path)) {
                throw new UserError("--kubeconfig " + kubeconfig + ": no such file. Give the path of a kubeconfig file");
            }
            checkCurrentContext(KubeconfigFiles.check(List.of(path), "--kubeconfig " + kubeconfig), context, "--kubeconfig " + kubeconfig);
            try {
                config = Config.fromKubeconfig(context, path.toAbsolutePath().toFile());
            } catch (RuntimeException e) {
                throw new UserError("--kubeconfig " + kubeconfig + ": not a valid kubeconfig (" + e.getMessage()
                        + "). Check it with: kubectl config view --kubeconfig " + kubeconfig);
            }
        } else {
            if (!anyKubeconfig() && !Files.exists(SERVICE_ACCOUNT_TOKEN) && System.getenv("KUBERNETES_SERVICE_HOST") == null) {
                throw UserError.environment("no cluster to audit: no kubeconfig ($KUBECONFIG or ~/.kube/config) and not"
                        + " running in a pod. Give manifests with -f FILE_OR_DIR, or a cluster with --kubeconfig FILE");
            }
            if (anyKubeconfig()) {
                List<Path> files = Config.getKubeconfigFilenames().stream().filter(f -> f != null).map(Path::of).toList();
                String origin = System.getenv("KUBECONFIG") != null ? "$KUBECONFIG" : "~/.kube/config";
                checkCurrentContext(KubeconfigFiles.check(files, origin), context, origin);
            }
            config = Config.autoConfigure(context);
        }
        checkContext(config, context);
        return config;
    }

    /** Without --context the kubeconfig must name a current context, else fabric8 would aim at the in-cluster address. */
    private static void checkCurrentContext(KubeconfigFiles.Summary summary, String context, String origin) {
        if (context != null) {
            if (!summary.contexts().contains(context)) {
                throw new UserError("--context " + context + ": no such context in the kubeconfig."
                        + Suggestions.didYouMean(context, summary.contexts())
                        + (summary.contexts().isEmpty() ? "" : " Contexts: " + String.join(", ", summary.contexts()))
                        + " (kubectl config get-contexts)");
            }
            return;
        }
        if (summary.currentContext() == null) {
            throw new UserError(origin + ": the kubeconfig sets no current-context. Pick one with --context NAME"
                    + (summary.contexts().isEmpty() ? " (it defines no contexts either: kubectl config set-context)"
                            : " (contexts: " + String.join(", ", summary.contexts()) + ")")
                    + " or run: kubectl config use-context NAME");
        }
        if (!summary.contexts().contains(summary.currentContext())) {
            throw new UserError(origin + ": the current-context '" + summary.currentContext() + "' is not defined in the kubeconfig."
                    + (summary.contexts().isEmpty() ? "" : " Contexts: " + String.join(", ", summary.contexts()) + ".")
                    + " Pick one with --context NAME or run: kubectl config use-context NAME");
        }
    }

    private static boolean anyKubeconfig() {
        for (String file : Config.getKubeconfigFilenames()) {
            if (file != null && new File(file).isFile()) {
                return true;
            }
        }
        return false;
    }

    private static void checkContext(Config config, String context) {
        if (context == null) {
            return;
        }
        List<String> names = config.getContexts() == null ? List.of()
                : config.getContexts().stream().map(NamedContext::getName).toList();
        NamedContext current = config.getCurrentContext();
        if (!names.contains(context) || current == null || !context.equals(current.getName())) {
            throw new UserError("--context " + context + ": no such context in the kubeconfig."
                    + Suggestions.didYouMean(context, names)
                    + (names.isEmpty() ? "" : " Contexts: " + String.join(", ", names)) + " (kubectl config get-contexts)");
        }
    }
}
