package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Download;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * With {@code spec.airgap} (the lock's {@code airgap}), nothing may come from the internet at sync or
 * run time: no remote resource in a kustomization, no chart from outside the mirror, every image the
 * platform runs listed in {@code airgap/images.txt} with a fixed tag or digest (never {@code latest}),
 * and every known run-time download (the catalog's {@code downloads}) switched off or mirrored.
 */
final class AirgapChecks {
    static final String IMAGES = "airgap/images.txt";

    private final Path root;
    private final Platform platform;
    private final PlatformLock lock;
    private final PlatformAssembly.Validation validation;

    private AirgapChecks(Path root, Platform platform, PlatformLock lock, PlatformAssembly.Validation validation) {
        this.root = root;
        this.platform = platform;
        this.lock = lock;
        this.validation = validation;
    }

    static void run(Path root, Platform platform, PlatformLock lock, List<SourceFile> files, Collection<Component> components,
            PlatformAssembly.Validation validation) {
        if (!lock.airgapped()) {
            return;
        }
        AirgapChecks checks = new AirgapChecks(root, platform, lock, validation);
        checks.remoteResources(files);
        checks.charts();
        checks.images();
        checks.downloads(components);
    }

    private String registry() {
        return lock.airgapRegistry().orElseThrow();
    }

    private void remoteResources(List<SourceFile> files) {
        for (SourceFile file : files) {
            if (!file.isKustomization()) {
                continue;
            }
            for (YamlDocuments.Document document : file.documents()) {
                for (String field : List.of("resources", "bases", "components")) {
                    JsonNode entries = document.root().path(field);
                    for (int i = 0; i < entries.size(); i++) {
                        String value = entries.get(i).asText();
                        if (Kustomize.isRemote(value) && !value.contains(registry())) {
                            validation.problem(new Problem(file.path(), document.lineOf("/" + field + "/" + i), "airgap", "the platform is air-gapped"
                                    + " (mirror " + registry() + "), but this kustomization fetches " + value + " from the internet at sync time."
                                    + " Vendor the file into the repository and refer to it locally"));
                        }
                    }
                }
                if (document.root().has("helmCharts")) {
                    validation.problem(new Problem(file.path(), document.lineOf("/helmCharts"), "airgap", "the platform is air-gapped, but this"
                            + " kustomization pulls Helm charts at build time. Render them into the repository or install them with an Application from the mirror"));
                }
            }
        }
    }

    private void charts() {
        for (Application app : platform.applications.values()) {
            List<JsonNode> sources = app.sources();
            for (int i = 0; i < sources.size(); i++) {
                JsonNode source = sources.get(i);
                if (!source.has("chart")) {
                    continue;
                }
                String repo = source.path("repoURL").asText();
                String host = repo.replaceFirst("^[a-z]+://", "");
                if (!host.startsWith(registry() + "/") && !host.equals(registry())) {
                    validation.problem(new Problem(app.file(), app.line(), "airgap", "Application " + app.name() + " installs chart "
                            + source.path("chart").asText() + " from " + repo + ", outside the mirror " + registry()
                            + ". Copy the chart into the mirror (airgap/mirror.sh) and point repoURL there"));
                }
            }
        }
    }

    private void images() {
        Set<String> listed = listedImages();
        Map<String, PlatformObject> used = new LinkedHashMap<>();
        for (PlatformObject object : platform.objects) {
            for (String image : Images.of(object.body())) {
                used.putIfAbsent(image, object);
            }
        }
        for (Map.Entry<String, PlatformObject> use : used.entrySet()) {
            String image = use.getKey();
            PlatformObject object = use.getValue();
            if (!Images.pinned(image)) {
                validation.problem(platform.problem(object, image, "airgap", object.describe() + " runs image " + image
                        + " without a fixed tag or digest; a mirror cannot hold a moving tag. Pin a version (name:1.2.3 or @sha256:...)"));
            } else if (!Images.listed(image, listed)) {
                validation.problem(platform.problem(object, image, "airgap", object.describe() + " runs image " + image + ", which "
                        + IMAGES + " does not list, so the mirror will not have it. Add it to " + IMAGES + " (and mirror it)"));
            }
        }
    }

    private Set<String> listedImages() {
        Set<String> listed = new LinkedHashSet<>();
        Path file = root.resolve(IMAGES);
        if (!Files.isRegularFile(file)) {
            validation.problem(new Problem(IMAGES, 0, "airgap", "the platform is air-gapped but there is no " + IMAGES
                    + " listing the images to mirror. Run ksa generate again, or list every image there"));
            return listed;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    listed.add(Images.normalize(entry));
                }
            }
        } catch (IOException e) {
            validation.problem(new Problem(IMAGES, 0, "airgap", "cannot read " + IMAGES + ": " + e.getMessage()));
        }
        return listed;
    }

    private void downloads(Collection<Component> components) {
        for (Component component : components) {
            for (Download download : component.downloads()) {
                for (Platform.ChartRender render : platform.renders) {
                    if (!render.chart().equals(download.chart())) {
                        continue;
                    }
                    boolean downloading = !download.when().isEmpty() && download.when().stream().allMatch(t -> holds(t, render.values()));
                    boolean mirrored = !download.unless().isEmpty() && download.unless().stream().allMatch(t -> holds(t, render.values()));
                    if (downloading && !mirrored) {
                        String value = download.when().get(download.when().size() - 1).value();
                        validation.problem(new Problem(render.origin().file(), Math.max(1, line(render, value)), "airgap", "the platform is"
                                + " air-gapped, but " + download.what().en() + " (" + value + " in the values of chart " + render.chart() + "). "
                                + capitalize(download.fix().en())));
                    }
                }
            }
        }
    }

    /** The line of a dotted value in the Application's first values file, when it sets it. */
    private int line(Platform.ChartRender render, String dotted) {
        for (SourceFile file : platform.valuesFiles.getOrDefault(render.application().name(), List.of())) {
            if (!file.path().equals(render.origin().file())) {
                continue;
            }
            for (YamlDocuments.Document document : file.documents()) {
                String pointer = "/" + String.join("/", dotted.split("\\."));
                if (!document.root().at(pointer).isMissingNode()) {
                    return document.lineOf(pointer);
                }
            }
        }
        return 1;
    }

    boolean holds(Download.ValueTest test, JsonNode values) {
        JsonNode node = values;
        for (String part : test.value().split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (test.is() != null) {
            return node != null && node.isValueNode() && node.asText().equals(String.valueOf(test.is()));
        }
        if (Boolean.TRUE.equals(test.nonEmpty())) {
            return node != null && (node.isContainerNode() ? node.size() > 0 : !node.asText("").isEmpty());
        }
        if (!test.containsAny().isEmpty()) {
            return node != null && strings(node).stream().anyMatch(test.containsAny()::contains);
        }
        if (Boolean.TRUE.equals(test.fromMirror())) {
            Set<String> strings = strings(node);
            return !strings.isEmpty() && strings.stream().allMatch(s -> s.contains(registry()));
        }
        return false;
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null) {
            return out;
        }
        if (node.isValueNode()) {
            out.add(node.asText());
        } else {
            for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
                out.addAll(strings(items.next()));
            }
        }
        return out;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
