package dev.ksa.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Go API types of a Kubernetes configuration package ({@code types.go}) into the model
 * {@link ConfigModel} checks documents against: every struct's JSON field names and their types,
 * named string types with their constants as allowed values. Types from other packages come from
 * a small table (metav1.Duration is a string, corev1.Taint has key/value/effect/timeAdded, ...).
 * Used by the test that derives {@code validate/config-types.json} and fails when it drifts.
 */
final class GoTypes {
    private static final Pattern STRUCT = Pattern.compile("^type (\\w+) struct \\{\\s*$");
    private static final Pattern NAMED = Pattern.compile("^type (\\w+) (\\S+)\\s*$");
    private static final Pattern CONST = Pattern.compile("^\\s*(\\w+)\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("^\\s*(?:(\\w+)\\s+)?([\\w.*\\[\\]]+)\\s+`([^`]*)`");
    private static final Pattern JSON_TAG = Pattern.compile("json:\"([^\"]*)\"");

    /** Types of other packages, as JSON: a type expression or an object's fields. */
    static final Map<String, Object> EXTERNAL = new LinkedHashMap<>();

    static {
        EXTERNAL.put("metav1.TypeMeta", fields("apiVersion", "string", "kind", "string"));
        EXTERNAL.put("metav1.Duration", "string");
        EXTERNAL.put("metav1.Time", "string");
        EXTERNAL.put("corev1.Taint", fields("key", "string", "value", "string", "effect", "string", "timeAdded", "string"));
        EXTERNAL.put("v1.Taint", EXTERNAL.get("corev1.Taint"));
        EXTERNAL.put("corev1.PullPolicy", "string");
        EXTERNAL.put("corev1.HostPathType", "string");
        EXTERNAL.put("corev1.EnvVar", fields("name", "string", "value", "string", "valueFrom", "any"));
        EXTERNAL.put("v1.ResourceList", "map[string]any");
        EXTERNAL.put("v1.NodeConfigSource", "any");
        EXTERNAL.put("bootstraptokenv1.BootstrapToken", fields("token", "string", "description", "string", "ttl", "string", "expires", "string",
                "usages", "[]string", "groups", "[]string"));
        EXTERNAL.put("logsapi.LoggingConfiguration", "any");
        EXTERNAL.put("tracingapi.TracingConfiguration", "any");
        EXTERNAL.put("componentbaseconfigv1alpha1.ClientConnectionConfiguration", fields("kubeconfig", "string", "acceptContentTypes", "string",
                "contentType", "string", "qps", "number", "burst", "integer"));
        EXTERNAL.put("runtime.Object", "any");
        // Cluster API's mirror declares its own BootstrapToken, whose token marshals as "abcdef.0123456789abcdef"
        EXTERNAL.put("kubeadm.BootstrapTokenString", "string");
    }

    private GoTypes() {}

    static Map<String, Object> fields(String... namesAndTypes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return Map.of("fields", fields);
    }

    /** The types of one Go file under {@code prefix} ("kubeadm."): name -> {fields: {json name: type}} or {enum: [...]} or a scalar. */
    static Map<String, Object> parse(String source, String prefix) {
        Map<String, Object> types = new TreeMap<>();
        Map<String, TreeSet<String>> enums = new TreeMap<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher struct = STRUCT.matcher(line);
            if (struct.matches()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                List<String> inline = new ArrayList<>();
                int depth = 1;
                for (i = i + 1; i < lines.size() && depth > 0; i++) {
                    String f = lines.get(i).replaceFirst("//.*$", "");
                    if (f.trim().equals("}")) {
                        depth--;
                        continue;
                    }
                    Matcher m = FIELD.matcher(f);
                    if (!m.find()) {
                        continue;
                    }
                    Matcher tag = JSON_TAG.matcher(m.group(3));
                    String json = tag.find() ? tag.group(1) : (m.group(1) == null ? "" : m.group(1));
                    String name = json.split(",", -1)[0];
                    if (name.equals("-")) {
                        continue;
                    }
                    String type = typeOf(m.group(2), prefix);
                    if (m.group(1) == null || name.isEmpty()) {
                        inline.add(type);
                    } else {
                        fields.put(name, type);
                    }
                }
                i--;
                Map<String, Object> def = new LinkedHashMap<>();
                if (!inline.isEmpty()) {
                    def.put("inline", inline);
                }
                def.put("fields", fields);
                types.put(prefix + struct.group(1), def);
                continue;
            }
            Matcher named = NAMED.matcher(line);
            if (named.matches() && !named.group(2).equals("struct")) {
                types.put(prefix + named.group(1), typeOf(named.group(2), prefix));
                continue;
            }
            Matcher constant = CONST.matcher(line);
            if (constant.find()) {
                enums.computeIfAbsent(prefix + constant.group(2), k -> new TreeSet<>()).add(constant.group(3));
            }
        }
        enums.forEach((type, values) -> {
            if ("string".equals(types.get(type))) {
                types.put(type, Map.of("enum", new ArrayList<>(values)));
            }
        });
        return types;
    }

    /** A Go type expression as the model writes it: string, bool, integer, number, any, []T, map[string]T, or a type name. */
    static String typeOf(String go, String prefix) {
        String t = go.replace("*", "");
        if (t.startsWith("[]")) {
            return "[]" + typeOf(t.substring(2), prefix);
        }
        if (t.startsWith("map[")) {
            return "map[string]" + typeOf(t.substring(t.indexOf(']') + 1), prefix);
        }
        return switch (t) {
            case "string" -> "string";
            case "bool" -> "bool";
            case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64" -> "integer";
            case "float32", "float64" -> "number";
            case "byte" -> "integer";
            default -> t.contains(".") ? t : prefix + t;
        };
    }
}
