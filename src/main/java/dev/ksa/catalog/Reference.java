package dev.ksa.catalog;

/**
 * A reference an object makes to another object, which must exist for it to work: a pod's Secret
 * volume, an Ingress's class, a Certificate's issuer, a Keycloak server's TLS Secret. {@code at} is a
 * JSON pointer from the object (or from the pod spec, for {@code on: {pod: true}}) to the node that
 * holds the reference; {@code *} steps into every element of a list or map, {@code (a|b)} tries both
 * fields. The other fields are relative to that node ({@code .} for the node itself): {@code name}
 * (required), {@code key} (a data key of a Secret or ConfigMap), {@code optional} (a boolean that makes
 * a missing target acceptable), {@code kind}/{@code group}/{@code namespace} (when the reference names
 * them; else {@code refers} and the object's own namespace), {@code port} (a Service port, number or
 * name).
 */
public record Reference(ObjectMatch on, String at, String name, String key, String optional, String kind, String group,
        String namespace, String port, Target refers, Text why) {

    /** The kind of object referred to by default. */
    public record Target(String group, String kind) {
        public Target {
            group = group == null ? "" : group;
        }
    }
}
