package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.ObjectMatch;
import dev.ksa.catalog.Reference;
import java.util.List;
import java.util.Optional;

/**
 * Every reference of every object of the platform points at something that will exist: a Secret or
 * ConfigMap (and its key), a ServiceAccount, a StorageClass, an IngressClass, an Issuer, a Gateway, a
 * Service and its port... as {@code validate/references.yaml} and the catalog's {@code references}
 * say. A missing target is a problem at the line that names it, unless an Application that could
 * have created it was not rendered, which is then a counted skip: never a silent pass.
 */
final class ReferenceChecks {
    private final Platform platform;
    private final Targets targets;
    private final PlatformAssembly.Validation validation;

    private ReferenceChecks(Platform platform, Targets targets, PlatformAssembly.Validation validation) {
        this.platform = platform;
        this.targets = targets;
        this.validation = validation;
    }

    static void run(Platform platform, Targets targets, List<Reference> references, PlatformAssembly.Validation validation) {
        ReferenceChecks checks = new ReferenceChecks(platform, targets, validation);
        for (PlatformObject object : platform.objects) {
            for (Reference reference : references) {
                checks.check(object, reference);
            }
        }
    }

    private void check(PlatformObject object, Reference reference) {
        ObjectMatch on = reference.on();
        String base;
        if (on.pod()) {
            Optional<String> pod = PodSpecs.pointer(object.body());
            if (pod.isEmpty()) {
                return;
            }
            base = pod.get();
        } else {
            if (!object.group().equals(on.group()) || !PointerWalk.alternatives(on.kind()).contains(object.kind())) {
                return;
            }
            base = "";
        }
        JsonNode root = base.isEmpty() ? object.body() : object.body().at(base);
        for (PointerWalk.Found found : PointerWalk.walk(root, reference.at())) {
            JsonNode name = PointerWalk.field(found.node(), reference.name());
            if (name == null || !name.isTextual() || name.asText().isBlank() || name.asText().contains("{{")) {
                continue;
            }
            JsonNode optional = PointerWalk.field(found.node(), reference.optional());
            if (optional != null && optional.asBoolean(false)) {
                continue;
            }
            String kind = text(found.node(), reference.kind(), reference.refers().kind());
            String group = text(found.node(), reference.group(), reference.refers().group());
            String namespace = text(found.node(), reference.namespace(), object.namespace());
            boolean namespaced = platform.scopes.namespaced(group.isEmpty() ? "v1" : group + "/v1", group, kind);
            resolve(object, reference, name.asText(), group, kind, namespaced ? namespace : "", found.node());
        }
    }

    private void resolve(PlatformObject object, Reference reference, String name, String group, String kind, String namespace, JsonNode node) {
        String target = kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
        String why = reference.why() == null ? "" : " (" + reference.why().en() + ")";
        Optional<Targets.Target> found = targets.find(group, kind, namespace, name);
        if (found.isEmpty()) {
            Optional<String> maybe = platform.unknownSource(namespace, group, kind);
            if (maybe.isPresent()) {
                validation.skip(object.origin().file() + ": " + object.describe() + " refers to " + target
                        + ", which may come from " + maybe.get() + "; not checked");
                return;
            }
            validation.problem(platform.problem(object, name, "reference", object.describe() + " refers to " + target + why
                    + ", which nothing in the platform creates. Create it (a manifest, a chart value, or a bootstrap Secret) or fix the name"));
            return;
        }
        Targets.Target hit = found.get();
        JsonNode key = PointerWalk.field(node, reference.key());
        if (key != null && key.isTextual() && !hit.keys().isEmpty() && !hit.keys().contains(key.asText())) {
            validation.problem(platform.problem(object, key.asText(), "reference", object.describe() + " reads key " + key.asText() + " of " + target
                    + ", which has only " + String.join(", ", hit.keys()) + " (" + hit.source() + "). Use one of those keys or add it"));
        }
        JsonNode port = PointerWalk.field(node, reference.port());
        if (port != null && port.isValueNode() && !hit.ports().isEmpty() && !hit.ports().contains(port.asText())) {
            validation.problem(platform.problem(object, name, "reference", object.describe() + " sends traffic to port " + port.asText() + " of " + target
                    + ", which serves " + String.join(", ", hit.ports()) + ". Use a port the Service has"));
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = PointerWalk.field(node, field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : fallback;
    }
}
