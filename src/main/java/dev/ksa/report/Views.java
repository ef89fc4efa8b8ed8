package dev.ksa.report;

import dev.ksa.audit.AuditResult;
import dev.ksa.audit.CoverageEntry;
import dev.ksa.audit.Detection;
import dev.ksa.audit.Evidence;
import dev.ksa.audit.Finding;
import dev.ksa.audit.Severity;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Lang;
import dev.ksa.catalog.Text;
import dev.ksa.inventory.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link AuditView} every format starts from. */
public final class Views {
    private Views() {}

    public static AuditView of(AuditResult r, Catalog catalog, Lang lang) {
        List<AuditView.DetectedView> detected = r.detected().stream().map(d -> detected(d, catalog, lang)).toList();
        List<AuditView.CoverageView> coverage = r.coverage().stream().map(c -> coverage(c, catalog, lang)).toList();
        List<AuditView.FindingView> findings = r.findings().stream().map(f -> finding(f, lang)).toList();
        return new AuditView(r.edition(), r.source(), r.context(), r.date(), r.kubernetesVersion(), r.objects(), r.kinds(),
                detected, coverage, findings, summary(r), r.score().total(),
                new AuditView.ScoreView(r.score().coverage(), r.score().hygiene(), r.score().scoredCategories(),
                        r.score().checkedObjects(), r.score().partial()),
                r.warnings(), r.disabledRules(), r.targetKubernetesVersion(),
                r.unreadable().stream().map(u -> new AuditView.UnreadableView(u.kind(), u.resource(), u.reason())).toList(),
                r.exempted());
    }

    static Map<String, Long> summary(AuditResult r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.id(), r.findings().stream().filter(f -> f.severity() == s).count());
        }
        return counts;
    }

    private static AuditView.DetectedView detected(Detection d, Catalog catalog, Lang lang) {
        Component c = catalog.find(d.id()).orElse(null);
        return new AuditView.DetectedView(d.id(), c == null ? d.id() : c.name(lang), d.category(), d.version(), d.chartVersion(),
                c == null ? null : c.version(), d.namespace(), d.namespaces(), d.evidenceCount(),
                d.evidence().stream().map(Views::evidence).toList());
    }

    private static AuditView.EvidenceView evidence(Evidence e) {
        return new AuditView.EvidenceView(e.type(), e.object().display(), e.field(), e.value(), where(e.location()));
    }

    private static AuditView.CoverageView coverage(CoverageEntry c, Catalog catalog, Lang lang) {
        String name = catalog.findCategory(c.category()).map(k -> k.name().in(lang)).orElse(c.category());
        return new AuditView.CoverageView(c.category(), name, c.status().id(), c.components(), c.recommended(), c.optional(),
                c.source(), c.successors(), text(c.hint(), lang), c.incomplete());
    }

    private static AuditView.FindingView finding(Finding f, Lang lang) {
        return new AuditView.FindingView(f.rule(), f.severity().id(), f.object().display(), f.message().in(lang),
                where(f.location()), f.component(),
                new AuditView.ObjectView(f.object().apiVersion(), f.object().kind(), f.object().namespace(), f.object().name()));
    }

    static String where(Location location) {
        return location == null ? null : location.display();
    }

    static String text(Text text, Lang lang) {
        return text == null ? null : text.in(lang);
    }
}
