package dev.ksa.inventory;

/** Which object: {@code apiVersion}, {@code kind}, {@code namespace} (null when cluster-scoped) and {@code name}. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) implements Comparable<ObjectRef> {

    /** The API group, empty for the core group ({@code v1}). */
    public String group() {
        int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** {@code Kind/namespace/name}, or {@code Kind/name} for cluster-scoped objects. */
    public String display() {
        return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }

    @Override
    public int compareTo(ObjectRef o) {
        int c = compare(kind, o.kind);
        if (c == 0) {
            c = compare(namespace, o.namespace);
        }
        if (c == 0) {
            c = compare(name, o.name);
        }
        return c == 0 ? compare(apiVersion, o.apiVersion) : c;
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return display();
    }
}
