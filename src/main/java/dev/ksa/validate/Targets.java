package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a reference may point at: the platform's objects, what Kubernetes and the environment
 * provide, what controllers create at run time, the Secrets the bootstrap creates. Each entry knows
 * where it comes from, the wave it arrives in, and (where known) its data keys or Service ports.
 */
final class Targets {
    /** Arrives with the cluster, before any wave. */
    static final int ALWAYS = Integer.MIN_VALUE;

    /** One target; {@code name} or {@code namespace} {@code *} match any; empty keys or ports mean unknown. */
    record Target(String group, String kind, String namespace, String name, Set<String> keys, Set<String> ports, String source,
            String owner, int wave) {
        boolean matches(String wantedName, String wantedNamespace) {
            return (namespace.equals("*") || namespace.equals(wantedNamespace))
                    && (name.equals("*") || name.equals(wantedName) || name.endsWith("*") && wantedName.startsWith(name.substring(0, name.length() - 1)));
        }
    }

    private final Map<String, List<Target>> byKind = new HashMap<>();
    private final Set<String> namespaces = new LinkedHashSet<>();
    private final Set<String> servedGroups = new LinkedHashSet<>();

    void add(Target target) {
        byKind.computeIfAbsent(target.group() + "/" + target.kind(), k -> new ArrayList<>()).add(target);
    }

    void addObject(PlatformObject object, String source) {
        add(new Target(object.group(), object.kind(), object.namespace(), object.name(), keys(object.body()), ports(object.body()), source,
                object.owner(), object.wave()));
    }

    void addNamespace(String namespace) {
        namespaces.add(namespace);
    }

    Set<String> namespaces() {
        return namespaces;
    }

    void serves(String group) {
        servedGroups.add(group);
    }

    boolean served(String group) {
        return servedGroups.contains(group);
    }

    Optional<Target> find(String group, String kind, String namespace, String name) {
        for (Target target : byKind.getOrDefault(group + "/" + kind, List.of())) {
            if (target.matches(name, namespace)) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    List<Target> all(String group, String kind) {
        return byKind.getOrDefault(group + "/" + kind, List.of());
    }

    /** The data keys of a Secret or ConfigMap. */
    static Set<String> keys(JsonNode body) {
        Set<String> keys = new LinkedHashSet<>();
        for (String field : List.of("data", "stringData", "binaryData")) {
            for (Iterator<String> names = body.path(field).fieldNames(); names.hasNext(); ) {
                keys.add(names.next());
            }
        }
        return keys;
    }

    /** A Service's ports by number and by name, or nothing (any port) for an ExternalName Service. */
    static Set<String> ports(JsonNode body) {
        Set<String> ports = new LinkedHashSet<>();
        if (!"Service".equals(body.path("kind").asText()) || "ExternalName".equals(body.path("spec").path("type").asText())) {
            return ports;
        }
        for (JsonNode port : body.path("spec").path("ports")) {
            ports.add(port.path("port").asText());
            if (port.hasNonNull("name")) {
                ports.add(port.path("name").asText());
            }
        }
        return ports;
    }
}
