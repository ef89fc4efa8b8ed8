package dev.ksa.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates custom resources against the openAPIV3Schema of their upstream CRD, strictly: a field
 * the CRD does not declare is an error (the API server would silently prune it), as kubeconform's
 * strict mode does, unless the schema preserves unknown fields.
 */
final class CrdSchemas {
    private static final ObjectMapper YAML = new YAMLMapper();

    private CrdSchemas() {}

    static JsonSchema schema(Path crdFile, String version) throws IOException {
        JsonNode crd = YAML.readTree(crdFile.toFile());
        for (JsonNode v : crd.path("spec").path("versions")) {
            if (version.equals(v.path("name").asText())) {
                JsonNode schema = v.path("schema").path("openAPIV3Schema").deepCopy();
                strict(schema);
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
            }
        }
        throw new AssertionError(crdFile + " has no version " + version);
    }

    /** Problems of one object, as "path: message" lines. */
    static List<String> problems(JsonSchema schema, Map<String, Object> object) {
        JsonNode node = YAML.valueToTree(object);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties") && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                o.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext();) {
                strict(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(CrdSchemas::strict);
        }
    }
}
