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
        Config config = config(kubeconfig, context);
        config.setConnectionTimeout(10_000);
        config.setRequestTimeout(120_000);
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
            config = Config.autoConfigure(context);
        }
        checkContext(config, context);
        return config;
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
