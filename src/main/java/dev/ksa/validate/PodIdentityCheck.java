package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cloud side of workload identity against the cluster side: every EKS Pod Identity association in
 * the tree's Terraform files binds its IAM role to a ServiceAccount that the platform creates and that
 * a workload of the platform runs as. A role bound to a name no pod uses leaves the pod without AWS
 * credentials (external-dns, Velero, Loki and Tempo then fail at run time, not at sync).
 */
final class PodIdentityCheck {
    private static final Pattern ASSOCIATION = Pattern.compile(
            "resource\\s+\"aws_eks_pod_identity_association\"\\s+\"([A-Za-z0-9_-]+)\"\\s*\\{([^}]*)}", Pattern.DOTALL);
    private static final Pattern NAMESPACE = Pattern.compile("(?m)^\\s*namespace\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern ACCOUNT = Pattern.compile("(?m)^\\s*service_account\\s*=\\s*\"([^\"]+)\"");

    private PodIdentityCheck() {}

    static void run(Path root, Platform platform, Targets targets, PlatformAssembly.Validation validation) {
        Set<String> used = accountsInUse(platform);
        for (Path file : terraformFiles(root)) {
            String text = read(file);
            String relative = root.relativize(file).toString().replace('\\', '/');
            Matcher m = ASSOCIATION.matcher(text);
            while (m.find()) {
                Matcher namespace = NAMESPACE.matcher(m.group(2));
                Matcher account = ACCOUNT.matcher(m.group(2));
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                if (!namespace.find() || !account.find()) {
                    validation.skip(relative + ":" + line + ": Pod Identity association " + m.group(1)
                            + " names its namespace or service account through a variable; which pods it serves was not checked");
                    continue;
                }
                String target = namespace.group(1) + "/" + account.group(1);
                Optional<Targets.Target> found = targets.find("", "ServiceAccount", namespace.group(1), account.group(1));
                if (found.isEmpty() && platform.unknownSource(namespace.group(1)).isEmpty()) {
                    validation.problem(new Problem(relative, line, "reference", "Pod Identity association " + m.group(1) + " binds its IAM role to ServiceAccount "
                            + target + ", which nothing in the platform creates; the pods get no AWS credentials. Bind it to the service account the workload runs as"));
                } else if (found.isPresent() && !used.contains(target) && platform.unknownSource(namespace.group(1)).isEmpty()) {
                    validation.problem(new Problem(relative, line, "reference", "Pod Identity association " + m.group(1) + " binds its IAM role to ServiceAccount "
                            + target + ", but no workload of the platform runs as it; the pods that need the role get no AWS credentials. Bind it to the service account the workload runs as"));
                }
            }
        }
    }

    /** namespace/name of every ServiceAccount a pod of the platform runs as. */
    private static Set<String> accountsInUse(Platform platform) {
        Set<String> out = new TreeSet<>();
        for (PlatformObject object : platform.objects) {
            Optional<String> pod = PodSpecs.pointer(object.body());
            if (pod.isPresent()) {
                JsonNode spec = object.body().at(pod.get());
                out.add(object.namespace() + "/" + spec.path("serviceAccountName").asText(spec.path("serviceAccount").asText("default")));
            }
        }
        return out;
    }

    private static java.util.List<Path> terraformFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p) && notHidden(root.relativize(p)))
                    .filter(PodIdentityCheck::notHidden).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Terraform's own working folders (.terraform) hold modules' files, not the platform's. */
    private static boolean notHidden(Path path) {
        for (Path part : path) {
            if (part.toString().startsWith(".") && !part.toString().equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
