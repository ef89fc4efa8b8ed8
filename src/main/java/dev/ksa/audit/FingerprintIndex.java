package dev.ksa.audit;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Fingerprints;
import dev.ksa.catalog.InstallKind;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.ImageUse;
import dev.ksa.inventory.KubeObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every catalog fingerprint, indexed for lookup by what an object shows: image repositories
 * (normalised, and by path for mirrors such as {@code harbor.local/proxy/jetstack/cert-manager-controller}),
 * CRD API groups (or full CRD names, where a group is shared by several projects), Helm chart
 * names, labels, workload names and node container runtimes.
 */
final class FingerprintIndex {
    static final String APP_VERSION = "app.kubernetes.io/version";
    private static final Pattern CHART_LABEL = Pattern.compile("^(.+?)-(v?\\d+\\.\\d+.*)$");
    private static final Set<String> NAMED_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet");

    /**
     * A component and the position of the matching fingerprint in its list (earlier: more its own);
     * for images also the rank as a version source (-1: its tag is not the component's version);
     * {@code supporting}: the fingerprint is shared with other projects, so it only adds evidence.
     */
    record Target(String component, int position, int versionRank, boolean supporting) {
        Target(String component, int position, boolean supporting) {
            this(component, position, -1, supporting);
        }
    }

    /**
     * One match: evidence for a component, with the version hints the matched object carries.
     * {@code versionRank} is the image's rank as a source of the component's version (-1: none).
     */
    record Clue(String component, Evidence evidence, int imagePosition, int versionRank, String imageTag, int chartPosition,
            String chartVersion, String appVersionLabel, String runtimeVersion, boolean supporting) {

        /** Whether the object this clue comes from is the component itself, so its version label is the component's. */
        boolean speaksForComponent() {
            return !supporting && (imagePosition < 0 || versionRank >= 0);
        }
    }

    private final Map<String, List<Target>> images = new HashMap<>();
    private final Map<String, List<Target>> imagePaths = new HashMap<>();
    private final Map<String, List<Target>> groups = new HashMap<>();
    private final Map<String, List<Target>> charts = new HashMap<>();
    private final Map<String, List<Target>> labels = new HashMap<>();
    private final Map<String, List<Target>> names = new HashMap<>();
    private final Map<String, List<Target>> runtimes = new HashMap<>();

    FingerprintIndex(Collection<Component> components) {
        for (Component c : components) {
            Fingerprints f = c.fingerprints();
            for (int i = 0; i < f.images().size(); i++) {
                String entry = f.images().get(i);
                ImageName image = ImageName.parse(entry);
                Target target = new Target(c.id(), i, f.versionRank(entry), f.supports(entry));
                put(images, image.repository(), target);
                if (image.path().contains("/") && !image.path().startsWith("library/")) {
                    put(imagePaths, image.path(), target);
                }
            }
            for (int i = 0; i < f.crdGroups().size(); i++) {
                put(groups, f.crdGroups().get(i), new Target(c.id(), i, f.supports(f.crdGroups().get(i))));
            }
            for (int i = 0; i < f.charts().size(); i++) {
                put(charts, f.charts().get(i), new Target(c.id(), i, f.supports(f.charts().get(i))));
            }
            f.labels().forEach(l -> put(labels, l.trim(), new Target(c.id(), 0, f.supports(l))));
            f.names().forEach(n -> put(names, n, new Target(c.id(), 0, f.supports(n))));
            if (c.install() != null && c.install().kind() == InstallKind.NODE) {
                put(runtimes, c.id(), new Target(c.id(), 0, false));
            }
        }
    }

    private static void put(Map<String, List<Target>> map, String key, Target target) {
        List<Target> targets = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (targets.stream().noneMatch(t -> t.component().equals(target.component()))) {
            targets.add(target);
        }
    }

    void match(KubeObject o, Consumer<Clue> out) {
        String appVersion = o.labels().get(APP_VERSION);
        for (ImageUse use : o.images()) {
            ImageName image = ImageName.parse(use.image());
            for (Target t : imageTargets(image)) {
                out.accept(new Clue(t.component(), new Evidence("image", o.ref(), use.field(), use.image(), o.location()),
                        t.position(), t.versionRank(), image.tag(), -1, null, appVersion, null, t.supporting()));
            }
        }
        if (o.details() instanceof Details.CustomResourceDefinition crd && crd.group() != null) {
            clues(groups.get(crd.group()), o, "crd", "spec.group", crd.group(), appVersion, out);
            // An entry may also name one CRD (applications.argoproj.io) where a group is shared (Argo Workflows).
            clues(groups.get(o.name()), o, "crd", "metadata.name", o.name(), appVersion, out);
        } else if (o.ref().group().contains(".") && !o.ref().group().endsWith(".k8s.io")) {
            clues(groups.get(o.ref().group()), o, "custom-resource", "apiVersion", o.apiVersion(), appVersion, out);
        }
        labels(o, o.labels(), "metadata.labels", appVersion, out);
        if (o.workload() != null && !o.kind().equals("Pod")) {
            labels(o, o.workload().pod().labels(), "spec.template.metadata.labels", appVersion, out);
        }
        if (NAMED_KINDS.contains(o.kind())) {
            clues(names.get(o.name()), o, "name", "metadata.name", o.name(), appVersion, out);
        }
        if (o.details() instanceof Details.Secret secret && "helm.sh/release.v1".equals(secret.type())
                && "helm".equalsIgnoreCase(o.labels().getOrDefault("owner", "")) && o.labels().containsKey("name")) {
            clues(charts.get(o.labels().get("name")), o, "helm-release", "metadata.labels.name", o.labels().get("name"), null, out);
        }
        if (o.details() instanceof Details.Node node && node.containerRuntime() != null && node.containerRuntime().contains("://")) {
            String scheme = node.containerRuntime().substring(0, node.containerRuntime().indexOf("://")).toLowerCase(Locale.ROOT);
            String version = node.containerRuntime().substring(node.containerRuntime().indexOf("://") + 3);
            for (Target t : runtimes.getOrDefault(scheme, List.of())) {
                out.accept(new Clue(t.component(), new Evidence("runtime", o.ref(), "status.nodeInfo.containerRuntimeVersion",
                        node.containerRuntime(), o.location()), -1, -1, null, -1, null, null, version, false));
            }
        }
    }

    private List<Target> imageTargets(ImageName image) {
        List<Target> exact = images.get(image.repository());
        if (exact != null) {
            return exact;
        }
        if (image.publicRegistry()) {
            return List.of();
        }
        String[] parts = (image.registry() + "/" + image.path()).split("/");
        for (int i = 1; i <= parts.length - 2; i++) {
            String suffix = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
            List<Target> mirrored = images.get(suffix);
            if (mirrored == null) {
                mirrored = imagePaths.get(suffix);
            }
            if (mirrored != null) {
                return mirrored;
            }
        }
        return List.of();
    }

    private void labels(KubeObject o, Map<String, String> values, String field, String appVersion, Consumer<Clue> out) {
        for (Map.Entry<String, String> label : values.entrySet()) {
            String pair = label.getKey() + "=" + label.getValue();
            clues(labels.get(pair), o, "label", field, pair, appVersion, out);
            clues(labels.get(label.getKey()), o, "label", field, pair, appVersion, out);
            if (label.getKey().equals("helm.sh/chart")) {
                Matcher m = CHART_LABEL.matcher(label.getValue());
                if (m.matches()) {
                    for (Target t : charts.getOrDefault(m.group(1), List.of())) {
                        out.accept(new Clue(t.component(), new Evidence("chart", o.ref(), field + ".helm.sh/chart", label.getValue(),
                                o.location()), -1, -1, null, t.position(), m.group(2), appVersion, null, t.supporting()));
                    }
                }
            }
        }
    }

    private static void clues(List<Target> targets, KubeObject o, String type, String field, String value, String appVersion,
            Consumer<Clue> out) {
        if (targets == null) {
            return;
        }
        for (Target t : targets) {
            out.accept(new Clue(t.component(), new Evidence(type, o.ref(), field, value, o.location()), -1, -1, null, -1, null,
                    appVersion, null, t.supporting()));
        }
    }
}
