package dev.ksa.audit;

import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.ObjectRef;
import dev.ksa.support.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the findings a user exempted: by the rules config file ({@code exempt:} per namespace
 * or object), and on the object itself by annotation: {@code ksa.dev/ignore: rule-a,rule-b}
 * ({@code *} for every rule). For users coming from the peers, their own annotations work too,
 * through each rule's {@code peers}: {@code kube-score/ignore: container-image-tag} and Polaris'
 * {@code polaris.fairwinds.com/<check>-exempt: "true"} (or {@code polaris.fairwinds.com/exempt}).
 */
final class Exemptions {
    private final RuleBook book;
    private final List<Exemption> configured;
    private final Map<ObjectRef, Set<String>> annotated = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    Exemptions(RuleBook book, List<Exemption> configured, List<KubeObject> objects) {
        this.book = book;
        this.configured = configured;
        for (KubeObject o : objects) {
            Set<String> ignored = ignored(o);
            if (!ignored.isEmpty()) {
                annotated.computeIfAbsent(o.ref(), k -> new LinkedHashSet<>()).addAll(ignored);
            }
        }
    }

    List<Finding> apply(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (!exempt(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private boolean exempt(Finding f) {
        Set<String> ignored = f.object() == null ? null : annotated.get(f.object());
        if (ignored != null && (ignored.contains("*") || ignored.contains(f.rule()))) {
            return true;
        }
        return configured.stream().anyMatch(e -> e.covers(f.rule(), f.object()));
    }

    /** The rule ids the object's annotations exempt it from. */
    private Set<String> ignored(KubeObject o) {
        Set<String> out = new LinkedHashSet<>();
        String own = o.annotations().get(KubeObject.IGNORE_ANNOTATION);
        if (own != null) {
            for (String id : own.split(",")) {
                String rule = id.trim();
                if (rule.isEmpty()) {
                    continue;
                }
                if (!rule.equals("*") && book.find(rule).isEmpty()) {
                    warnings.add(o.ref().display() + ": " + KubeObject.IGNORE_ANNOTATION + " names unknown rule '" + rule + "'."
                            + Suggestions.didYouMean(rule, book.ids()) + " The rules are listed by: ksa audit --rules");
                    continue;
                }
                out.add(rule);
            }
        }
        String kubeScore = o.annotations().get("kube-score/ignore");
        if (kubeScore != null) {
            for (String check : kubeScore.split(",")) {
                book.all().stream().filter(r -> r.peers().kubeScore().contains(check.trim())).forEach(r -> out.add(r.id()));
            }
        }
        for (Map.Entry<String, String> a : o.annotations().entrySet()) {
            if (!a.getKey().startsWith(KubeObject.POLARIS_PREFIX) || !"true".equalsIgnoreCase(a.getValue().trim())) {
                continue;
            }
            String name = a.getKey().substring(KubeObject.POLARIS_PREFIX.length());
            if (name.equals("exempt")) {
                out.add("*");
            } else if (name.endsWith("-exempt")) {
                String check = name.substring(0, name.length() - "-exempt".length());
                book.all().stream().filter(r -> r.peers().polaris().contains(check)).forEach(r -> out.add(r.id()));
            }
        }
        return out;
    }
}
