package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Custom resources against the {@code openAPIV3Schema} of their CRD, the way the API server checks
 * them: the Kubernetes dialect ({@code nullable}, {@code x-kubernetes-int-or-string},
 * {@code x-kubernetes-preserve-unknown-fields}) is translated to JSON Schema, and an object schema
 * that lists its properties rejects other fields, as strict field validation does (kubectl's default).
 */
final class CustomResources {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(false).pathType(com.networknt.schema.PathType.JSON_POINTER).build();

    /** A CRD's kind in one group, with each version's schema (translated lazily). */
    private record Definition(String group, String kind, String source, Map<String, JsonNode> versions, Map<String, JsonSchema> compiled) {}

    private final Map<String, Definition> byGroupKind = new HashMap<>();

    /** Adds a CustomResourceDefinition document; returns false when it is not one. */
    boolean add(JsonNode crd, String source) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText()) || !crd.path("apiVersion").asText().startsWith("apiextensions.k8s.io/")) {
            return false;
        }
        JsonNode spec = crd.path("spec");
        String group = spec.path("group").asText();
        String kind = spec.path("names").path("kind").asText();
        Map<String, JsonNode> versions = new HashMap<>();
        for (JsonNode version : spec.path("versions")) {
            JsonNode schema = version.path("schema").path("openAPIV3Schema");
            versions.put(version.path("name").asText(), schema.isMissingNode() ? null : schema);
        }
        if (versions.isEmpty() && spec.has("version")) {
            versions.put(spec.path("version").asText(), spec.path("validation").path("openAPIV3Schema"));
        }
        byGroupKind.putIfAbsent(group + "/" + kind, new Definition(group, kind, source, versions, new HashMap<>()));
        return true;
    }

    boolean knows(ManifestObject object) {
        return byGroupKind.containsKey(object.group() + "/" + object.kind());
    }

    int size() {
        return byGroupKind.size();
    }

    /** Problems of a custom resource whose CRD is known. */
    List<Problem> check(ManifestObject object) {
        Definition definition = byGroupKind.get(object.group() + "/" + object.kind());
        if (!definition.versions().containsKey(object.version())) {
            return List.of(object.problemAt("/apiVersion", "crd", object.kind() + " has no version " + object.version()
                    + " in its CRD (" + definition.source() + " serves " + String.join(", ", new TreeSet<>(definition.versions().keySet()))
                    + "). Use one of those"));
        }
        JsonSchema schema = compiled(definition, object.version());
        if (schema == null) {
            return List.of();
        }
        Set<ValidationMessage> messages = schema.validate(object.body());
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage message : messages) {
            String pointer = message.getInstanceLocation().toString();
            if (pointer.equals("/") ) {
                pointer = "";
            }
            if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
                pointer = pointer + "/" + YamlDocuments.segment(message.getProperty());
            }
            if (pointer.startsWith("/metadata") || pointer.startsWith("/status")) {
                continue;
            }
            problems.add(object.problemAt(pointer, "crd", object.kind() + " " + object.name() + ": " + explain(message)
                    + ". Fix it as the CRD says (" + definition.source() + ")"));
        }
        return problems;
    }

    private static String explain(ValidationMessage message) {
        String text = message.getMessage();
        // networknt starts its messages with the instance location; ours is the line.
        int colon = text.indexOf(": ");
        String body = colon >= 0 && (text.startsWith("/") || text.startsWith("$") || text.startsWith(": ")) ? text.substring(colon + 2) : text;
        String where = TypedModels.path(message.getInstanceLocation().toString());
        if ("additionalProperties".equals(message.getType())) {
            return (where.isEmpty() ? "" : where + " ") + "has no field '" + message.getProperty() + "'";
        }
        return (where.isEmpty() ? "" : where + ": ") + body;
    }

    private synchronized JsonSchema compiled(Definition definition, String version) {
        JsonNode raw = definition.versions().get(version);
        if (raw == null) {
            return null;
        }
        return definition.compiled().computeIfAbsent(version, v -> {
            ObjectNode translated = (ObjectNode) translate(raw.deepCopy(), true);
            ObjectNode properties = translated.with("properties");
            for (String field : List.of("apiVersion", "kind")) {
                if (!properties.has(field)) {
                    properties.set(field, NODES.objectNode().put("type", "string"));
                }
            }
            properties.set("metadata", NODES.objectNode().put("type", "object"));
            return FACTORY.getSchema(translated, CONFIG);
        });
    }

    /** Kubernetes structural-schema dialect to JSON Schema draft 7. */
    static JsonNode translate(JsonNode node, boolean root) {
        if (!(node instanceof ObjectNode schema)) {
            return node;
        }
        for (String keyword : List.of("properties", "patternProperties", "definitions")) {
            if (schema.get(keyword) instanceof ObjectNode children) {
                children.fields().forEachRemaining(e -> e.setValue(translate(e.getValue(), false)));
            }
        }
        for (String keyword : List.of("items", "additionalProperties", "not")) {
            if (schema.has(keyword) && schema.get(keyword).isObject()) {
                schema.set(keyword, translate(schema.get(keyword), false));
            }
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.get(keyword) instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    list.set(i, translate(list.get(i), false));
                }
            }
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("type");
            schema.remove("format");
            schema.set("type", NODES.arrayNode().add("integer").add("string"));
        }
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                || schema.path("x-kubernetes-embedded-resource").asBoolean(false);
        if ("object".equals(schema.path("type").asText()) && schema.has("properties") && !schema.has("additionalProperties") && !preserve) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false) && schema.get("type") != null && schema.get("type").isTextual()) {
            schema.set("type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
        }
        // Anything under anyOf/oneOf in a structural schema only adds value checks; properties live above.
        Optional.ofNullable(schema.get("x-kubernetes-validations")).ifPresent(v -> schema.remove("x-kubernetes-validations"));
        return schema;
    }
}
