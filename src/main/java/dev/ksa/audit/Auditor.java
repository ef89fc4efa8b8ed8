package dev.ksa.audit;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Edition;
import dev.ksa.inventory.Details;
import dev.ksa.inventory.Inventory;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.ObjectRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The audit's entry point: inventory in, {@link AuditResult} out; reads only, writes nothing. */
public final class Auditor {
    private final Catalog catalog;
    private final RuleBook book;
    private final RuleSettings settings;
    private final Clock clock;

    public Auditor(Catalog catalog, RuleBook book, RuleSettings settings, Clock clock) {
        settings.check(book);
        this.catalog = catalog;
        this.book = book;
        this.settings = settings;
        this.clock = clock;
    }

    public AuditResult audit(Inventory inventory, Edition edition) {
        List<KubeObject> objects = inventory.objects();
        LocalDate today = LocalDate.now(clock);
        List<Detection> detections = new Detector(catalog).detect(objects);
        boolean nodesSeen = objects.stream().anyMatch(o -> o.details() instanceof Details.Node);
        List<CoverageEntry> coverage = new Coverage(catalog, edition).measure(detections, nodesSeen);
        AuditContext context = new AuditContext(objects, detections, catalog, edition, today, inventory.live());
        Findings findings = new Findings(book, settings);
        for (Rule rule : Rules.all()) {
            if (rule.ids().stream().anyMatch(settings::enabled)) {
                rule.check(context, findings);
            }
        }
        List<Finding> sorted = Findings.sort(ExpectedFindings.apply(findings.sorted(), detections, catalog));
        Score score = Score.of(coverage, sorted, checked(context));
        List<RuleDefinition> rules = book.all().stream().filter(r -> settings.enabled(r.id()))
                .map(r -> new RuleDefinition(r.id(), settings.severity(r), r.group(), r.source(), r.title(), r.help(), r.message()))
                .toList();
        List<String> disabled = book.all().stream().map(RuleDefinition::id).filter(id -> !settings.enabled(id)).toList();
        return new AuditResult(edition.id(), inventory.source(), inventory.context(), today.toString(),
                context.kubernetesVersion().orElse(null), objects.size(), inventory.counts(), detections, coverage, sorted,
                score, inventory.warnings(), rules, disabled);
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
