package dev.ksa.audit;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Edition;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.Inventory;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.ObjectRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The audit's entry point: inventory in, {@link AuditResult} out; reads only, writes nothing. */
public final class Auditor {
    private final Catalog catalog;
    private final RuleBook book;
    private final RuleSettings settings;
    private final Clock clock;
    private final String target;

    public Auditor(Catalog catalog, RuleBook book, RuleSettings settings, Clock clock) {
        this(catalog, book, settings, clock, null);
    }

    /** @param target the Kubernetes version to judge APIs against ({@code --kubernetes-version}), or null for the cluster's */
    public Auditor(Catalog catalog, RuleBook book, RuleSettings settings, Clock clock, String target) {
        settings.check(book);
        this.catalog = catalog;
        this.book = book;
        this.settings = settings;
        this.clock = clock;
        this.target = target;
    }

    public AuditResult audit(Inventory inventory, Edition edition) {
        List<KubeObject> objects = inventory.objects();
        LocalDate today = LocalDate.now(clock);
        List<Detection> detections = new Detector(catalog).detect(objects);
        boolean nodesSeen = objects.stream().anyMatch(o -> o.details() instanceof Details.Node);
        Set<String> unreadable = new TreeSet<>();
        inventory.unreadable().forEach(u -> unreadable.add(u.kind()));
        List<CoverageEntry> coverage = new Coverage(catalog, edition).measure(detections, nodesSeen, unreadable);
        AuditContext context = new AuditContext(objects, detections, catalog, edition, today, inventory.live(), target);
        Findings findings = new Findings(book, settings);
        List<String> warnings = new ArrayList<>(inventory.warnings());
        for (Rule rule : Rules.all()) {
            if (rule.ids().stream().anyMatch(settings::enabled)) {
                run(rule, context, findings, warnings);
            }
        }
        List<Finding> sorted = Findings.sort(ExpectedFindings.apply(findings.sorted(), detections, catalog));
        Exemptions exemptions = new Exemptions(book, settings.exemptions(), objects);
        List<Finding> kept = exemptions.apply(sorted);
        warnings.addAll(exemptions.warnings());
        Score score = Score.of(coverage, kept, checked(context), !unreadable.isEmpty());
        List<RuleDefinition> rules = book.all().stream().filter(r -> settings.enabled(r.id()))
                .map(r -> r.withSeverity(settings.severity(r)))
                .toList();
        List<String> disabled = book.all().stream().map(RuleDefinition::id).filter(id -> !settings.enabled(id)).toList();
        return new AuditResult(edition.id(), inventory.source(), inventory.context(), today.toString(),
                context.kubernetesVersion().orElse(null), target, objects.size(), inventory.counts(), detections, coverage, kept,
                score, warnings, inventory.unreadable(), sorted.size() - kept.size(), rules, disabled);
    }

    /**
     * Runs one rule; a rule that fails on some input it did not expect costs that rule's findings
     * and a warning naming it, never the audit.
     */
    private static void run(Rule rule, AuditContext context, Findings findings, List<String> warnings) {
        try {
            rule.check(context, findings);
        } catch (RuntimeException e) {
            warnings.add("rule " + String.join(", ", rule.ids()) + " could not finish (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); its findings may be incomplete."
                    + " This is a bug in ksa: please report it with the object that caused it");
        }
    }

    /** The objects the rules judge: workloads, Services, claims and autoscalers. */
    private static Set<ObjectRef> checked(AuditContext context) {
        Set<ObjectRef> refs = new HashSet<>();
        context.workloads().forEach(o -> refs.add(o.ref()));
        for (String kind : List.of("Service", "PersistentVolumeClaim", "HorizontalPodAutoscaler")) {
            context.kind(kind).forEach(o -> refs.add(o.ref()));
        }
        return refs;
    }
}
