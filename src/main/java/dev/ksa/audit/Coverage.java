package dev.ksa.audit;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.EditionCategory;
import dev.ksa.catalog.InstallKind;
import dev.ksa.catalog.Mark;
import dev.ksa.catalog.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Measures detected components against the categories of one edition. */
public final class Coverage {
    private final Catalog catalog;
    private final Edition edition;

    public Coverage(Catalog catalog, Edition edition) {
        this.catalog = catalog;
        this.edition = edition;
    }

    /** A detected component the edition no longer recommends, and what it recommends instead. */
    public record Drop(String category, List<String> successors, Text reason) {}

    /** Kinds whose objects carry images, labels and names: a workload's evidence. */
    private static final java.util.Set<String> WORKLOAD_KINDS = java.util.Set.of(
            "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob");

    /**
     * As {@link #measure(List, boolean)}, with the kinds that could not be read: a category that
     * shows nothing is {@code unknown}, not {@code missing}, when one of those kinds could have
     * held a fingerprint of its candidates (images, labels and names in workloads, CRDs, Helm
     * release Secrets, the runtime of Nodes).
     */
    public List<CoverageEntry> measure(List<Detection> detections, boolean nodesSeen, java.util.Set<String> unreadableKinds) {
        List<CoverageEntry> entries = measure(detections, nodesSeen);
        if (unreadableKinds.isEmpty()) {
            return entries;
        }
        List<CoverageEntry> out = new ArrayList<>();
        for (CoverageEntry e : entries) {
            boolean unseen = e.status() == CoverageEntry.Status.MISSING || e.status() == CoverageEntry.Status.NOT_OBSERVABLE;
            out.add(unseen && hiddenBy(e, unreadableKinds) ? e.withStatus(CoverageEntry.Status.UNKNOWN) : e);
        }
        return out;
    }

    private boolean hiddenBy(CoverageEntry entry, java.util.Set<String> unreadable) {
        List<Component> candidates = new ArrayList<>(catalog.inCategory(entry.category()));
        entry.recommended().forEach(r -> catalog.find(r).ifPresent(candidates::add));
        for (Component c : candidates) {
            var f = c.fingerprints();
            boolean workloadEvidence = !f.images().isEmpty() || !f.labels().isEmpty() || !f.names().isEmpty() || !f.charts().isEmpty();
            if ((workloadEvidence && unreadable.stream().anyMatch(WORKLOAD_KINDS::contains))
                    || (!f.crdGroups().isEmpty() && unreadable.contains("CustomResourceDefinition"))
                    || (!f.charts().isEmpty() && unreadable.contains("Secret"))
                    || (c.install() != null && c.install().kind() == InstallKind.NODE && unreadable.contains("Node"))) {
                return true;
            }
        }
        return false;
    }

    public List<CoverageEntry> measure(List<Detection> detections, boolean nodesSeen) {
        List<CoverageEntry> entries = new ArrayList<>();
        for (Category category : catalog.categories()) {
            Optional<EditionCategory> listed = edition.category(category.id());
            List<String> recommended;
            String source;
            if (listed.isPresent() && !listed.get().components().isEmpty()) {
                recommended = listed.get().components();
                source = "edition";
            } else if (!category.fallbacks().isEmpty()) {
                recommended = category.fallbacks();
                source = "fallback";
            } else {
                continue;
            }
            entries.add(entry(category, listed.orElse(null), recommended, source, detections, nodesSeen));
        }
        return entries;
    }

    private CoverageEntry entry(Category category, EditionCategory listed, List<String> recommended, String source,
            List<Detection> detections, boolean nodesSeen) {
        boolean optional = category.feature() != null;
        List<String> here = detections.stream()
                .filter(d -> category.id().equals(d.category()) || recommended.contains(d.id()))
                .map(Detection::id).toList();
        List<String> good = here.stream().filter(recommended::contains).toList();
        if (!good.isEmpty()) {
            List<String> incomplete = listed != null && listed.pick() == EditionCategory.Pick.ALL
                    ? recommended.stream().filter(r -> !good.contains(r)).toList() : List.of();
            return new CoverageEntry(category.id(), CoverageEntry.Status.RECOMMENDED, good, recommended, optional, source,
                    List.of(), null, incomplete);
        }
        List<String> alternatives = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String id : here) {
            (dropped(id).isPresent() ? dropped : alternatives).add(id);
        }
        if (!alternatives.isEmpty()) {
            return new CoverageEntry(category.id(), CoverageEntry.Status.ALTERNATIVE, alternatives, recommended, optional,
                    source, List.of(), alternativeHint(recommended, alternatives.get(0)), List.of());
        }
        if (!dropped.isEmpty()) {
            Drop drop = dropped(dropped.get(0)).orElseThrow();
            return new CoverageEntry(category.id(), CoverageEntry.Status.DROPPED, dropped, recommended, optional, source,
                    drop.successors(), drop.reason(), List.of());
        }
        CoverageEntry.Status status = observable(category.id(), recommended, nodesSeen)
                ? CoverageEntry.Status.MISSING : CoverageEntry.Status.NOT_OBSERVABLE;
        return new CoverageEntry(category.id(), status, List.of(), recommended, optional, source, List.of(), null, List.of());
    }

    /**
     * Whether the edition dropped the component: an earlier edition recommended it, or this one
     * marks it deleted, and this one does not recommend it.
     */
    public Optional<Drop> dropped(String id) {
        if (edition.recommends(id) || standsInAsFallback(id)) {
            return Optional.empty();
        }
        boolean earlier = catalog.editions().stream().anyMatch(e -> e.id().compareTo(edition.id()) < 0 && e.recommends(id));
        boolean deleted = edition.marksOf(id).stream().anyMatch(m -> m.mark() == Mark.Kind.DELETED);
        if (!earlier && !deleted) {
            return Optional.empty();
        }
        Component component = catalog.find(id).orElse(null);
        String category = component == null ? null : component.category();
        Set<String> successors = new LinkedHashSet<>();
        edition.category(category == null ? "" : category).ifPresent(ec -> {
            successors.add(ec.defaultId());
            successors.addAll(ec.components());
        });
        if (component != null) {
            successors.addAll(component.lifecycle().successors());
        }
        successors.remove(null);
        return Optional.of(new Drop(category, List.copyOf(successors), reason(id, successors)));
    }

    /** The component is its category's fallback and the edition names nothing for that category: ksa plans it as is. */
    private boolean standsInAsFallback(String id) {
        return catalog.find(id).flatMap(c -> catalog.findCategory(c.category()))
                .filter(k -> k.fallbacks().contains(id))
                .map(k -> edition.category(k.id()).map(ec -> ec.components().isEmpty()).orElse(true))
                .orElse(false);
    }

    /** The edition's own words: its mark on the component, else its mark on a successor, else the lifecycle note. */
    private Text reason(String id, Set<String> successors) {
        for (Mark m : edition.marksOf(id)) {
            if (m.reason() != null) {
                return m.reason();
            }
        }
        for (String successor : successors) {
            for (Mark m : edition.marksOf(successor)) {
                if (m.reason() != null && m.mark() != Mark.Kind.CAUTION) {
                    return m.reason();
                }
            }
        }
        for (int i = catalogEditions().size() - 1; i >= 0; i--) {
            Edition e = catalogEditions().get(i);
            for (Mark m : e.marksOf(id)) {
                if (m.reason() != null && e.id().compareTo(edition.id()) <= 0) {
                    return m.reason();
                }
            }
        }
        return catalog.find(id).map(c -> c.lifecycle().note()).orElse(null);
    }

    private List<Edition> catalogEditions() {
        return List.copyOf(catalog.editions());
    }

    private Text alternativeHint(List<String> recommended, String alternative) {
        for (String r : recommended) {
            Optional<Component> c = catalog.find(r);
            if (c.isPresent()) {
                for (var a : c.get().alternatives()) {
                    if (a.id().equals(alternative) && a.when() != null) {
                        return a.when();
                    }
                }
            }
        }
        return null;
    }

    private boolean observable(String category, List<String> recommended, boolean nodesSeen) {
        List<Component> candidates = new ArrayList<>(catalog.inCategory(category));
        recommended.forEach(r -> catalog.find(r).ifPresent(candidates::add));
        return candidates.stream().anyMatch(c -> !c.fingerprints().empty()
                || (nodesSeen && c.install() != null && c.install().kind() == InstallKind.NODE));
    }
}
