package dev.ksa.audit;

import dev.ksa.inventory.Location;
import dev.ksa.inventory.ObjectRef;

/**
 * Why a component was recognised: which object, which field of it, the value found there, and
 * which kind of fingerprint matched ({@code image}, {@code chart}, {@code crd}, {@code label},
 * {@code helm-release}, {@code runtime}, {@code name}, or {@code custom-resource}: an object of
 * one of the component's API groups, which only supports other evidence, since charts of other
 * projects ship such objects too).
 */
public record Evidence(String type, ObjectRef object, String field, String value, Location location) {

    /** Fingerprint kinds, strongest first: the order evidence is listed in. */
    static final java.util.List<String> TYPES = java.util.List.of("image", "chart", "crd", "label", "helm-release", "runtime", "name", "custom-resource");

    int rank() {
        return TYPES.indexOf(type);
    }
}
