package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.ObjectMatch;
import dev.ksa.catalog.RuntimeObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objects controllers will create at run time ({@code creates} in the catalog), for the objects of
 * this platform that trigger them: a Certificate's Secret once cert-manager runs, the Secret a chart's
 * certificate job writes, the CRDs an operator installs itself. A custom resource triggers only when
 * its CRD is part of the platform (its operator is installed).
 */
final class RuntimeObjects {
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private RuntimeObjects() {}

    static void add(Platform platform, java.util.Collection<Component> components, Targets targets) {
        for (Component component : components) {
            for (RuntimeObject made : component.creates()) {
                for (PlatformObject trigger : triggers(platform, made.when())) {
                    String source = "created at run time by " + component.name() + " for " + trigger.describe();
                    if (made.servesGroup() != null) {
                        targets.serves(made.servesGroup());
                        targets.add(new Targets.Target("apiextensions.k8s.io", "CustomResourceDefinition", "", "*." + made.servesGroup(),
                                Set.of(), Set.of(), source, trigger.owner(), trigger.wave()));
                        continue;
                    }
                    boolean namespaced = platform.scopes.namespaced(made.group().isEmpty() ? "v1" : made.group() + "/v1", made.group(), made.kind());
                    Set<String> ports = new LinkedHashSet<>();
                    made.ports().forEach(p -> ports.addAll(expand(p, trigger)));
                    for (String namespace : expand(made.namespace(), trigger)) {
                        for (String name : expand(made.name(), trigger)) {
                            targets.add(new Targets.Target(made.group(), made.kind(), namespaced ? namespace : "", name, new LinkedHashSet<>(made.keys()),
                                    ports, source, trigger.owner(), trigger.wave()));
                        }
                    }
                }
            }
        }
    }

    /** API groups whose CRDs a planned controller of this platform installs at run time ({@code servesGroup}). */
    static java.util.Set<String> servedGroups(Platform platform, java.util.Collection<Component> components) {
        java.util.Set<String> groups = new java.util.TreeSet<>();
        for (Component component : components) {
            for (RuntimeObject made : component.creates()) {
                if (made.servesGroup() != null && !triggers(platform, made.when()).isEmpty()) {
                    groups.add(made.servesGroup());
                }
            }
        }
        return groups;
    }

    static List<PlatformObject> triggers(Platform platform, ObjectMatch when) {
        List<PlatformObject> out = new ArrayList<>();
        boolean crdPresent = when.kind().isEmpty() || TypedModels.BUILT_IN_GROUPS.contains(when.group())
                || platform.ofKind("apiextensions.k8s.io", "CustomResourceDefinition").stream().anyMatch(crd ->
                        crd.body().path("spec").path("group").asText().equals(when.group())
                                && crd.body().path("spec").path("names").path("kind").asText().equals(when.kind()));
        if (!crdPresent) {
            return out;
        }
        for (PlatformObject object : platform.objects) {
            if (!when.kind().isEmpty() && !(object.group().equals(when.group()) && object.kind().equals(when.kind()))) {
                continue;
            }
            if (!when.image().isEmpty() && !runs(object, when.image())) {
                continue;
            }
            if (!when.annotation().isEmpty() && !object.body().path("metadata").path("annotations").has(when.annotation())) {
                continue;
            }
            out.add(object);
        }
        return out;
    }

    private static boolean runs(PlatformObject object, String repository) {
        return PodSpecs.pointer(object.body()).map(p -> PodSpecs.containers(object.body().at(p)).stream()
                .anyMatch(c -> PodSpecs.repository(c.path("image").asText("")).equals(repository))).orElse(false);
    }

    /**
     * A template over the triggering object, as every value it takes: a pointer with {@code *} gives
     * one value per element; nothing when a part it needs is absent (no such field or argument).
     */
    static List<String> expand(String template, PlatformObject trigger) {
        if (template.equals("*")) {
            return List.of("*");
        }
        List<String> results = new ArrayList<>(List.of(""));
        Matcher m = TEMPLATE.matcher(template);
        int at = 0;
        while (m.find()) {
            String literal = template.substring(at, m.start());
            List<String> values = values(m.group(1), trigger);
            List<String> next = new ArrayList<>();
            for (String prefix : results) {
                for (String value : values) {
                    next.add(prefix + literal + value);
                }
            }
            results = next;
            at = m.end();
        }
        String tail = template.substring(at);
        return results.stream().map(r -> r + tail).toList();
    }

    private static List<String> values(String part, PlatformObject trigger) {
        if (part.equals("name")) {
            return List.of(trigger.name());
        }
        if (part.equals("namespace")) {
            return List.of(trigger.namespace());
        }
        if (part.startsWith("/")) {
            return PointerWalk.walk(trigger.body(), part).stream().map(PointerWalk.Found::node)
                    .filter(n -> n.isValueNode() && !n.asText().isEmpty()).map(JsonNode::asText).toList();
        }
        if (part.startsWith("arg:")) {
            String value = argument(trigger, part.substring(4));
            return value == null || value.isEmpty() ? List.of() : List.of(value);
        }
        return List.of();
    }

    /** {@code $(NAME)} expanded as the kubelet does, from the container's env (a value, or the pod's namespace or name). */
    private static String environment(String value, JsonNode container, PlatformObject trigger) {
        Matcher m = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String resolved = null;
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals(m.group(1))) {
                    String field = env.path("valueFrom").path("fieldRef").path("fieldPath").asText("");
                    resolved = env.has("value") ? env.path("value").asText()
                            : field.equals("metadata.namespace") ? trigger.namespace() : null;
                }
            }
            if (resolved == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of {@code --flag=value} or {@code --flag value} in the trigger's containers' arguments. */
    private static String argument(PlatformObject trigger, String flag) {
        String pointer = PodSpecs.pointer(trigger.body()).orElse(null);
        if (pointer == null) {
            return null;
        }
        for (JsonNode container : PodSpecs.containers(trigger.body().at(pointer))) {
            List<String> args = new ArrayList<>();
            container.path("command").forEach(a -> args.add(a.asText()));
            container.path("args").forEach(a -> args.add(a.asText()));
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).startsWith(flag + "=")) {
                    return environment(args.get(i).substring(flag.length() + 1), container, trigger);
                }
                if (args.get(i).equals(flag) && i + 1 < args.size()) {
                    return environment(args.get(i + 1), container, trigger);
                }
            }
        }
        return null;
    }
}
