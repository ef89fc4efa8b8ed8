package dev.ksa.audit;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Text;
import dev.ksa.inventory.ObjectRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings a platform component causes by design (Falco and the CNI are privileged and mount host
 * paths; that is how they work): on that component's own objects they are reported as info, with
 * the reason, so the findings a person reads first are the ones to act on. Which rule ids are
 * expected is catalog data ({@code expectedFindings}).
 */
final class ExpectedFindings {
    private ExpectedFindings() {}

    static List<Finding> apply(List<Finding> findings, List<Detection> detections, Catalog catalog) {
        Map<ObjectRef, Component> owners = new HashMap<>();
        for (Detection d : detections) {
            Component c = catalog.find(d.id()).orElse(null);
            if (c != null && !c.expectedFindings().isEmpty()) {
                d.objects().forEach(ref -> owners.putIfAbsent(ref, c));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Component owner = f.object() == null ? null : owners.get(f.object());
            if (owner == null || !owner.expectedFindings().contains(f.rule()) || f.severity() == Severity.INFO) {
                out.add(f);
                continue;
            }
            Text message = Text.of(f.message().ko() + " " + owner.name(dev.ksa.catalog.Lang.KO) + "은(는) 설계상 이렇게 동작하므로 정보로 낮춥니다.",
                    f.message().en() + " " + owner.name() + " works this way by design, so this is reported as info.");
            out.add(new Finding(f.rule(), Severity.INFO, f.object(), f.location(), message, owner.id()));
        }
        return out;
    }
}
