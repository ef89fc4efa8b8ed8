package dev.ksa.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** One YAML file of the tree: its path relative to the tree ({@code /}-separated), where it is, its documents. */
record SourceFile(String path, Path absolute, List<YamlDocuments.Document> documents) {

    String name() {
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }

    String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    boolean isKustomization() {
        return name().equals("kustomization.yaml") || name().equals("kustomization.yml") || name().equals("Kustomization");
    }

    /** A promtool unit-test file. */
    boolean isRuleTest() {
        String n = name().toLowerCase(Locale.ROOT);
        return n.endsWith(".test.yaml") || n.endsWith(".test.yml");
    }

    /** A plain Alertmanager configuration file (not a manifest that happens to have that name). */
    boolean isAlertmanagerConfig() {
        return (name().equals("alertmanager.yaml") || name().equals("alertmanager.yml"))
                && documents.stream().noneMatch(d -> d.root().has("apiVersion"));
    }

    /** Files whose documents are data for a tool, never Kubernetes objects (provisioning/: kubeadm, kubespray; ProvisioningChecks). */
    boolean holdsData() {
        return isKustomization() || isRuleTest() || isAlertmanagerConfig() || name().equals("Chart.yaml")
                || path.startsWith("values/") || name().equals("values.yaml") || path.startsWith(ProvisioningChecks.ROOT + "/");
    }
}
