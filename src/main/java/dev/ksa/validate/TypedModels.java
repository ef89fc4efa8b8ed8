package dev.ksa.validate;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Built-in Kubernetes kinds checked against fabric8's typed model classes, as the API server's
 * strict field validation does: a field the kind does not have, or a value of the wrong type, is a
 * problem on the field's line. fabric8's own mapper is lenient on purpose (unknown fields land in
 * {@code additionalProperties}, mismatched types too), so the check uses a plain Jackson mapper and
 * walks the document beside the class's bean properties.
 */
final class TypedModels {
    /** API groups the API server itself serves; everything else is a custom resource. */
    static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy", "networking.k8s.io",
            "rbac.authorization.k8s.io", "storage.k8s.io", "apiextensions.k8s.io", "admissionregistration.k8s.io",
            "coordination.k8s.io", "discovery.k8s.io", "events.k8s.io", "flowcontrol.apiserver.k8s.io", "node.k8s.io",
            "scheduling.k8s.io", "certificates.k8s.io", "resource.k8s.io", "storagemigration.k8s.io", "extensions");

    private static final KubernetesSerialization REGISTRY = new KubernetesSerialization();
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<JavaType, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

    private TypedModels() {}

    static boolean builtIn(ManifestObject object) {
        return BUILT_IN_GROUPS.contains(object.group());
    }

    /** Whether the API server serves this built-in apiVersion and kind. */
    static boolean served(ManifestObject object) {
        return REGISTRY.getRegisteredKubernetesResource(object.apiVersion(), object.kind()) != null;
    }

    /** Problems of a built-in object: unknown kind, wrong types, unknown fields. */
    static List<Problem> check(ManifestObject object) {
        List<Problem> problems = new ArrayList<>();
        Class<? extends KubernetesResource> type = REGISTRY.getRegisteredKubernetesResource(object.apiVersion(), object.kind());
        if (type == null) {
            problems.add(object.problemAt("/kind", "object", "Kubernetes does not serve kind " + object.kind() + " in "
                    + object.apiVersion() + ". Check the apiVersion and kind (kubectl api-resources lists them)"));
            return problems;
        }
        try {
            STRICT.treeToValue(object.body(), type);
        } catch (JsonMappingException e) {
            String pointer = pointer(e.getPath());
            problems.add(object.problemAt(pointer, "object", object.kind() + " " + path(pointer) + ": "
                    + wrongType(e, object.body().at(pointer)) + ". Give the type the field has (kubectl explain " + explain(object, pointer) + ")"));
            return problems;
        } catch (Exception e) {
            problems.add(object.problem("object", object.kind() + ": " + e.getMessage() + ". Fix the object"));
            return problems;
        }
        unknownFields(object, object.body(), STRICT.constructType(type), "", problems);
        return problems;
    }

    private static void unknownFields(ManifestObject object, JsonNode node, JavaType type, String pointer, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type.isContainerType()) {
            JavaType content = type.getContentType();
            if (type.isMapLikeType() && node.isObject()) {
                node.fields().forEachRemaining(e -> unknownFields(object, e.getValue(), content, pointer + "/" + YamlDocuments.segment(e.getKey()), problems));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    unknownFields(object, node.get(i), content, pointer + "/" + i, problems);
                }
            }
            return;
        }
        Map<String, JavaType> properties = properties(type);
        if (properties == null || !node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + YamlDocuments.segment(field.getKey());
            JavaType childType = properties.get(field.getKey());
            if (childType == null) {
                String hint = dev.ksa.support.Suggestions.didYouMean(field.getKey(), properties.keySet());
                problems.add(object.problemAt(child, "object", object.kind() + " " + path(pointer).replaceFirst("^\\.?$", "")
                        + (pointer.isEmpty() ? "" : " ") + "has no field '" + field.getKey() + "'." + hint
                        + " Remove it or move it where it belongs (kubectl explain " + explain(object, pointer) + ")"));
            } else {
                unknownFields(object, field.getValue(), childType, child, problems);
            }
        }
    }

    /** Bean properties of a fabric8 model class by JSON name; null for types that are not plain beans. */
    private static Map<String, JavaType> properties(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (!raw.getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return null;
        }
        JsonDeserialize custom = raw.getAnnotation(JsonDeserialize.class);
        if (custom != null && custom.using() != JsonDeserializer.None.class) {
            return null;
        }
        return PROPERTIES.computeIfAbsent(type, t -> {
            BeanDescription description = STRICT.getDeserializationConfig().introspect(t);
            Map<String, JavaType> byName = new java.util.HashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
                    byName.put(property.getName(), property.getPrimaryType());
                }
            }
            return byName;
        });
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                out.append('/').append(YamlDocuments.segment(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                out.append('/').append(reference.getIndex());
            }
        }
        return out.toString();
    }

    /** {@code spec.template.spec.containers[0].image} of {@code /spec/template/spec/containers/0/image}. */
    static String path(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    private static String explain(ManifestObject object, String pointer) {
        StringBuilder out = new StringBuilder(object.kind().toLowerCase(java.util.Locale.ROOT));
        for (String part : pointer.split("/")) {
            if (!part.isEmpty() && !part.chars().allMatch(Character::isDigit)) {
                out.append('.').append(part);
            }
        }
        return out.toString();
    }

    private static String wrongType(JsonMappingException e, JsonNode value) {
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        String expected = target == null ? "another type" : typeName(target);
        String given = value.isMissingNode() ? "this value" : value.isTextual() ? "'" + value.asText() + "'"
                : value.isObject() ? "a map" : value.isArray() ? "a list" : value.toString();
        return given + " is not " + expected;
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map";
        }
        return "a " + type.getSimpleName();
    }
}
