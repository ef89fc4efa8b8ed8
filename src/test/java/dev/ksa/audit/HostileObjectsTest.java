package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * No input may crash the audit. Every field of every object of the fixture cluster (and of the
 * rule fixtures) is replaced, one at a time, by values of every other shape: null, a string, a
 * number, a list, an object (empty ones read as missing ones). Each mutated input is audited
 * whole: it must give a result, with no rule failing on it (the rule-failure warning is the
 * audit's safety net, not a way to pass this test).
 */
class HostileObjectsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Supplier<JsonNode>> SHAPES = List.of(
            NODES::nullNode, () -> NODES.textNode("x"), () -> NODES.numberNode(-7),
            () -> NODES.arrayNode().add(1).add(NODES.objectNode()),
            () -> NODES.objectNode().put("name", 3).set("items", NODES.arrayNode().add("y")));

    @Test
    void everyFieldOfEveryObject_inEveryShape_isAuditedWithoutARuleFailing() throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        objects.addAll(documents(Path.of(AuditFixtures.ROOT, "live/cluster.yaml")));
        for (String rule : List.of("hpa-target-without-requests", "statefulset-without-headless-service", "object-invalid")) {
            objects.addAll(documents(Path.of(AuditFixtures.ROOT, "rules", rule, "fires.yaml")));
        }
        int audits = 0;
        for (int i = 0; i < objects.size(); i++) {
            for (List<String> path : paths(objects.get(i), new ArrayList<>())) {
                for (Supplier<JsonNode> shape : SHAPES) {
                    List<JsonNode> mutated = new ArrayList<>(objects);
                    mutated.set(i, replace(objects.get(i).deepCopy(), path, shape.get()));
                    AuditResult result = audit(mutated);
                    assertThat(result.warnings()).as("mutating %s of object %d to %s", path, i, shape.get())
                            .noneMatch(w -> w.contains("could not finish"));
                    audits++;
                }
            }
        }
        assertThat(audits).as("mutations tried").isGreaterThan(1000);
    }

    @Test
    void halfWrittenAutoscaler_isAFinding_notACrash() {
        ObjectNode hpa = NODES.objectNode().put("apiVersion", "autoscaling/v2").put("kind", "HorizontalPodAutoscaler");
        hpa.putObject("metadata").put("name", "half").put("namespace", "shop");
        hpa.putObject("spec").put("maxReplicas", 3);
        AuditResult result = audit(List.of(hpa));
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("object-invalid");
            assertThat(f.message().en()).contains("spec.scaleTargetRef is missing");
        });
        assertThat(result.warnings()).isEmpty();
    }

    private static AuditResult audit(List<JsonNode> objects) {
        ArrayNode list = NODES.arrayNode();
        objects.forEach(list::add);
        byte[] input = list.toString().getBytes(StandardCharsets.UTF_8);
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(input)).read(List.of("-"));
        return AuditFixtures.audit(inventory);
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(Files.readString(file))) {
            YAMLMapper yaml = new YAMLMapper();
            var it = yaml.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && node.isObject()) {
                    out.add(node);
                }
            }
        }
        return out;
    }

    /** Every path to a field or list item below the top (apiVersion and kind are left alone: without them there is no object). */
    private static List<List<String>> paths(JsonNode node, List<String> at) {
        List<List<String>> out = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                if (at.isEmpty() && (name.equals("apiVersion") || name.equals("kind"))) {
                    return;
                }
                List<String> here = new ArrayList<>(at);
                here.add(name);
                out.add(here);
                out.addAll(paths(node.get(name), here));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> here = new ArrayList<>(at);
                here.add("[" + i + "]");
                out.add(here);
                out.addAll(paths(node.get(i), here));
            }
        }
        return out;
    }

    private static JsonNode replace(JsonNode root, List<String> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String part = path.get(i);
            parent = part.startsWith("[") ? parent.get(Integer.parseInt(part.substring(1, part.length() - 1))) : parent.get(part);
        }
        String last = path.get(path.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root;
    }
}
