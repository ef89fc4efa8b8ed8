package dev.ksa.audit;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Lang;
import dev.ksa.catalog.Lifecycle;
import dev.ksa.catalog.Mark;
import dev.ksa.catalog.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Lifecycle rules on detected components: end of life, deprecation, versions older than the
 * catalog's pin, components the chosen edition dropped or marks with caution. Each finding is
 * anchored on the component's strongest evidence.
 */
final class ComponentRules implements Rule {

    @Override
    public List<String> ids() {
        return List.of("component-end-of-life", "component-deprecated", "component-behind-pin",
                "component-dropped-by-edition", "component-edition-caution");
    }

    @Override
    public void check(AuditContext context, Findings findings) {
        Coverage coverage = new Coverage(context.catalog(), context.edition());
        for (Detection d : context.detections()) {
            Optional<Component> found = context.catalog().find(d.id());
            if (found.isEmpty() || d.primary() == null) {
                continue;
            }
            Component c = found.get();
            lifecycle(context.today(), d, c, findings);
            behindPin(d, c, findings);
            coverage.dropped(d.id()).ifPresent(drop -> report(findings, "component-dropped-by-edition", d, c, Findings.params()
                    .put("edition", context.edition().id())
                    .put("category", context.catalog().findCategory(drop.category()).map(k -> k.name()).orElse(Text.same(String.valueOf(drop.category()))))
                    .put("successors", drop.successors().isEmpty() ? Text.of("(대체 없음)", "(nothing in its place)")
                            : Text.same(String.join(", ", drop.successors())))
                    .put("reason", drop.reason())));
            for (Mark m : context.edition().marksOf(d.id())) {
                if (m.mark() == Mark.Kind.CAUTION) {
                    report(findings, "component-edition-caution", d, c, Findings.params()
                            .put("edition", context.edition().id()).put("reason", m.reason()));
                }
            }
        }
    }

    private static void lifecycle(LocalDate today, Detection d, Component c, Findings findings) {
        Lifecycle life = c.lifecycle();
        String successors = life.successors().isEmpty() ? "-" : String.join(", ", life.successors());
        if (life.endOfLifeOn(today)) {
            report(findings, "component-end-of-life", d, c, Findings.params()
                    .put("date", life.endOfLife() != null ? life.endOfLife() : life.status().id())
                    .put("successors", successors).put("note", life.note()));
        } else if (life.status() != Lifecycle.Status.ACTIVE
                || (life.deprecated() != null && !LocalDate.parse(life.deprecated()).isAfter(today))) {
            report(findings, "component-deprecated", d, c, Findings.params()
                    .put("status", life.status() == Lifecycle.Status.ACTIVE ? "deprecated" : life.status().id())
                    .put("date", life.endOfLife() != null ? life.endOfLife() : "-")
                    .put("successors", successors).put("note", life.note()));
        }
    }

    private static void behindPin(Detection d, Component c, Findings findings) {
        String pinned = c.version();
        if (Versions.isVersion(d.version()) && Versions.isVersion(pinned) && Versions.compare(d.version(), pinned) < 0) {
            report(findings, "component-behind-pin", d, c, Findings.params().put("pinned", pinned));
        }
    }

    private static void report(Findings findings, String rule, Detection d, Component c, Findings.Params params) {
        params.put("component", Text.of(c.name(Lang.KO), c.name(Lang.EN)))
                .put("version", d.version() == null ? Text.of("버전 미상", "version unknown") : Text.same(d.version()));
        Evidence anchor = d.primary();
        findings.add(rule, anchor.object(), anchor.location(), params, d.id());
    }
}
