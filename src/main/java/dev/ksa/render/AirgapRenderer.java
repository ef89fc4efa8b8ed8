package dev.ksa.render;

import dev.ksa.catalog.Chart;
import dev.ksa.catalog.Component;
import dev.ksa.plan.PlannedComponent;
import dev.ksa.plan.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * airgap/: every image and chart the plan needs (from the catalog), always; with {@code spec.airgap}
 * also the Harbor proxy-cache projects, one per upstream registry, containerd mirror files that
 * send the nodes' pulls through them, and a script that copies the charts into the mirror.
 */
final class AirgapRenderer {
    private AirgapRenderer() {}

    static void render(RenderContext ctx, FileTree.Builder out) {
        render(ctx, java.util.Set.of(), out);
    }

    /**
     * With {@code rendered}, the images the platform's rendered charts and manifests run (ksa generate
     * --charts derives them), so the list holds what the cluster will really pull, not only the catalog's.
     */
    static void render(RenderContext ctx, java.util.Set<String> rendered, FileTree.Builder out) {
        TreeSet<String> images = new TreeSet<>();
        List<Chart> charts = new ArrayList<>();
        for (PlannedComponent p : ctx.inCluster()) {
            Component c = ctx.component(p.id());
            images.addAll(c.images());
            charts.addAll(c.install().charts());
        }
        images.addAll(rendered);
        out.put("airgap/images.txt", (rendered.isEmpty()
                ? "# Every container image the planned components run (from the catalog), one per line.\n"
                + "# ksa generate --charts DIR adds every image of the rendered charts and manifests.\n"
                : "# Every container image the platform runs: the images of its rendered charts and manifests, and the\n"
                + "# catalog's (images its operators start at run time), one per line.\n") + String.join("\n", images) + "\n");
        StringBuilder chartList = new StringBuilder("# Every Helm chart the plan installs: repository chart version\n");
        charts.stream().map(ch -> ch.repo() + " " + ch.chart() + " " + ch.version()).sorted().forEach(l -> chartList.append(l).append('\n'));
        out.put("airgap/charts.txt", chartList.toString());
        if (ctx.airgap().isEmpty()) {
            return;
        }
        Profile.Airgap airgap = ctx.airgap().get();
        Map<String, String> registries = new TreeMap<>();
        for (String image : images) {
            String registry = registry(image);
            registries.put(registry, "proxy-" + registry.replace('.', '-'));
        }
        List<Object> projects = new ArrayList<>();
        for (Map.Entry<String, String> r : registries.entrySet()) {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("project_name", r.getValue());
            project.put("registry_endpoint", endpoint(r.getKey()));
            project.put("public", true);
            projects.add(project);
            out.put("airgap/containerd/" + r.getKey() + "/hosts.toml", """
                    # containerd pulls %1$s images through the Harbor proxy cache on %2$s.
                    # Copy to /etc/containerd/certs.d/%1$s/hosts.toml on every node (kubespray: containerd_registries_mirrors).
                    server = "%3$s"

                    [host."https://%2$s/v2/%4$s"]
                      capabilities = ["pull", "resolve"]
                      override_path = true
                    """.formatted(r.getKey(), airgap.registry(), endpoint(r.getKey()), r.getValue()));
        }
        Map<String, Object> harbor = new LinkedHashMap<>();
        harbor.put("registry", airgap.registry());
        harbor.put("chartProject", airgap.project() + "-charts");
        harbor.put("proxyCacheProjects", projects);
        out.put("airgap/harbor-projects.json", Yaml.json(harbor));
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Copies every chart the plan installs into the site's Harbor as OCI artifacts
                # (oci://%1$s/%2$s-charts), where the Applications in apps/ look for them. Run it on a
                # machine that reaches both the internet and the mirror, after 'helm registry login %1$s'.
                # Images need no copying: the proxy-cache projects in harbor-projects.json fetch them on
                # first pull (create them in Harbor first; for a site with no internet at all, copy each
                # image of images.txt with 'skopeo copy' into the matching project instead).
                set -eu
                work="$(mktemp -d)"
                trap 'rm -rf "$work"' EXIT
                """.formatted(airgap.registry(), airgap.project()));
        charts.stream().sorted(java.util.Comparator.comparing(Chart::chart)).forEach(ch -> {
            String pull = ch.oci() ? "helm pull " + ch.reference() + " --version " + ch.version()
                    : "helm pull " + ch.chart() + " --repo " + ch.repo() + " --version " + ch.version();
            script.append(pull).append(" -d \"$work\"\n");
        });
        script.append("for chart in \"$work\"/*.tgz; do helm push \"$chart\" oci://").append(airgap.registry()).append('/')
                .append(airgap.project()).append("-charts; done\n");
        List<String> fetches = new ArrayList<>();
        List<String> artifacts = new ArrayList<>();
        for (PlannedComponent p : ctx.inCluster()) {
            Component c = ctx.component(p.id());
            for (String url : c.install().manifests()) {
                VendoredManifests.of(c.id(), url).map(VendoredManifests.Vendored::fetch).ifPresent(fetches::add);
            }
            RenderDataLoader.of(c.id()).mirrorArtifacts().forEach(artifacts::add);
        }
        if (!fetches.isEmpty()) {
            script.append("\n# Release manifests, vendored into this repository (run from its root, then commit manifests/*/vendor/)\n")
                    .append("cd \"$(dirname \"$0\")/..\"\n");
            fetches.stream().distinct().forEach(f -> script.append(f).append('\n'));
        }
        if (!artifacts.isEmpty()) {
            script.append("\n# OCI artifacts other than images (rules, plugins), copied into the mirror with oras\n");
            for (String artifact : artifacts) {
                String path = artifact.substring(artifact.indexOf('/') + 1);
                script.append("oras copy ").append(artifact).append(' ').append(airgap.registry()).append('/').append(airgap.project()).append('/')
                        .append(path).append('\n');
            }
        }
        out.put("airgap/mirror.sh", script.toString());
    }

    /** The registry host of an image reference; Docker Hub when the first part is no host. */
    static String registry(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return "docker.io";
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }

    private static String endpoint(String registry) {
        return registry.equals("docker.io") ? "https://registry-1.docker.io" : "https://" + registry;
    }
}
