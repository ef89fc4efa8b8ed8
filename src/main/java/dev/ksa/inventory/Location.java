package dev.ksa.inventory;

/**
 * Where an object came from: a file and the line its document (or List item) starts on, or a
 * live cluster, named by a {@code k8s://context/namespace/kind/name} URI.
 */
public record Location(String file, int line, String uri) {

    public static Location file(String file, int line) {
        return new Location(file, line, null);
    }

    public static Location live(String context, ObjectRef ref) {
        String ns = ref.namespace() == null ? "_cluster" : ref.namespace();
        return new Location(null, 0, "k8s://" + encode(context) + "/" + encode(ns) + "/" + encode(ref.kind()) + "/" + encode(ref.name()));
    }

    public boolean live() {
        return uri != null;
    }

    /** {@code file:line} or the live URI. */
    public String display() {
        if (uri != null) {
            return uri;
        }
        return line > 0 ? file + ":" + line : file;
    }

    private static String encode(String part) {
        if (part == null || part.isEmpty()) {
            return "_";
        }
        StringBuilder out = new StringBuilder();
        for (byte b : part.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
