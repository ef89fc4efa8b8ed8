package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.IgnoreDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drift no render shows: fields a component's controllers change on the live object after Argo CD
 * applies it (a webhook's CA bundle the injector fills in, a policy it patches), known as catalog data
 * ({@code ignoreDifferences:}). Every Application of that component (label {@code ksa.dev/component})
 * whose objects include such an object must ignore those fields, in its own {@code ignoreDifferences}
 * or argocd-cm's, and respect what it ignores when it syncs automatically; otherwise it is OutOfSync
 * from the first minute and self-heal writes the empty value back, breaking the webhook.
 */
final class KnownDriftCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KnownDriftCheck() {}

    static void run(Platform platform, PlatformAssembly.Validation validation) {
        List<IgnoreDifferences.Rule> system = DriftCheck.systemRules(platform);
        Catalog catalog = Catalog.load();
        for (Application app : platform.applications.values()) {
            Optional<Component> component = catalog.find(app.body().at("/metadata/labels/ksa.dev~1component").asText(""));
            if (component.isEmpty()) {
                continue;
            }
            for (IgnoreDifference known : component.get().ignoreDifferences()) {
                IgnoreDifferences.Rule rule = IgnoreDifferences.rule(JSON.valueToTree(known), nullToEmpty(known.group()), known.kind(), "catalog");
                for (PlatformObject object : platform.objects) {
                    if (!object.owner().equals(app.name()) || !rule.matches(object.group(), object.kind(), object.name(), object.namespace())) {
                        continue;
                    }
                    List<String> uncovered = uncovered(rule, object, app.ignored(), system);
                    if (!uncovered.isEmpty()) {
                        validation.problem(new Problem(app.file(), app.line(), "drift", "Application " + app.name() + " deploys " + object.describe()
                                + ", whose " + String.join(", ", uncovered) + " " + component.get().name()
                                + " changes on the live object, but the Application does not ignore it: it stays OutOfSync and self-heal writes the old value back."
                                + " Add it to the Application's ignoreDifferences (with the syncOption RespectIgnoreDifferences=true)"));
                    } else if (app.automated() && !app.respectsIgnoreDifferences() && !coveredBy(system, rule, object)) {
                        validation.problem(new Problem(app.file(), app.line(), "drift", "Application " + app.name() + " ignores the fields "
                                + component.get().name() + " changes on " + object.describe() + ", but without the syncOption RespectIgnoreDifferences=true"
                                + " every sync writes them back. Add it"));
                    }
                }
            }
        }
    }

    /** The catalog rule's fields (as written there) that neither the Application's rules nor argocd-cm's cover on this object. */
    private static List<String> uncovered(IgnoreDifferences.Rule known, PlatformObject object, List<IgnoreDifferences.Rule> own, List<IgnoreDifferences.Rule> system) {
        List<IgnoreDifferences.Rule> rules = new ArrayList<>(own);
        rules.addAll(system);
        List<IgnoreDifferences.Rule> applying = rules.stream()
                .filter(r -> r.matches(object.group(), object.kind(), object.name(), object.namespace())).toList();
        List<String> out = new ArrayList<>();
        for (String pointer : known.pointers()) {
            if (applying.stream().noneMatch(r -> r.covers(object.body(), pointer))) {
                out.add(pointer);
            }
        }
        for (List<IgnoreDifferences.Step> path : known.paths()) {
            List<String> concrete = IgnoreDifferences.evaluate(object.body(), path);
            boolean covered = concrete.isEmpty()
                    // the field appears only on the live object: the same path must be ignored
                    ? applying.stream().anyMatch(r -> r.paths().stream().anyMatch(p -> startsWith(path, p)))
                    : concrete.stream().allMatch(c -> applying.stream().anyMatch(r -> r.covers(object.body(), c)));
            if (!covered) {
                out.add(IgnoreDifferences.display(path));
            }
        }
        if (known.managedFields() && applying.stream().noneMatch(IgnoreDifferences.Rule::managedFields)) {
            out.add("fields managed by its controller");
        }
        return out;
    }

    private static boolean coveredBy(List<IgnoreDifferences.Rule> system, IgnoreDifferences.Rule known, PlatformObject object) {
        return uncovered(known, object, List.of(), system).isEmpty();
    }

    /** Whether {@code path} lies at or under {@code prefix}. */
    private static boolean startsWith(List<IgnoreDifferences.Step> path, List<IgnoreDifferences.Step> prefix) {
        return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
