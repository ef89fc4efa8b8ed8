package dev.ksa.catalog;

import java.util.List;

/**
 * An object a component's controllers (or its chart's hook jobs) create at run time, which manifests
 * may refer to although no manifest holds it: cert-manager writes a Certificate's Secret, an operator
 * the Service of its custom resource. {@code when} is what triggers it; {@code name} and
 * {@code namespace} are templates over the triggering object: {@code {name}}, {@code {namespace}},
 * {@code {/json/pointer}}, {@code {arg:--flag}} (a container argument), {@code *} (every name, or every
 * namespace). {@code keys} are the data keys of a Secret or ConfigMap when known, {@code ports} the
 * ports of a Service, {@code servesGroup} the API group of CRDs a controller installs itself.
 */
public record RuntimeObject(ObjectMatch when, String group, String kind, String name, String namespace, List<String> keys,
        List<String> ports, String servesGroup, Text why) {

    public RuntimeObject {
        group = group == null ? "" : group;
        name = name == null ? "*" : name;
        namespace = namespace == null ? "{namespace}" : namespace;
        keys = keys == null ? List.of() : List.copyOf(keys);
        ports = ports == null ? List.of() : List.copyOf(ports);
    }
}
