package dev.ksa.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ksa.support.UserError;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One small YAML document (a profile) as a Jackson tree plus the position of every key and value.
 * Bounded as a hand-written file should be: size, nesting depth, aliases and nodes (a YAML bomb
 * is refused, not expanded); duplicate keys are errors, as kubectl treats them.
 */
public final class PositionedYaml {
    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 100_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final SourceMap positions = new SourceMap();
    private int budget = MAX_NODES;

    private PositionedYaml(String file) {
        this.file = file;
    }

    public record Document(JsonNode root, SourceMap positions) {}

    /** Parses one document; an empty input or a second document is an error naming the file. */
    public static Document parse(String text, String file) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(50)
                .setAllowRecursiveKeys(false)
                .setLabel(file)
                .build();
        PositionedYaml reader = new PositionedYaml(file);
        try {
            Iterable<Node> documents = new Compose(settings).composeAllFromString(text);
            Node first = null;
            for (Node node : documents) {
                if (first != null) {
                    throw new UserError(reader.where(node) + ": a second YAML document; a profile is one document. Remove the '---' and what follows");
                }
                first = node;
            }
            if (first == null) {
                throw new UserError(file + ": the file is empty. Start from 'ksa init > " + file + "'");
            }
            JsonNode root = reader.convert(first, "", 0);
            return new Document(root, reader.positions);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String where = mark.map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(file);
            throw new UserError(where + ": invalid YAML: " + e.getProblem().trim() + ". Fix the YAML there");
        } catch (YamlEngineException e) {
            throw new UserError(file + ": cannot read YAML: " + e.getMessage().lines().findFirst().orElse("") + ". Fix the file");
        }
    }

    private JsonNode convert(Node node, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw new UserError(where(node) + ": nested deeper than " + MAX_DEPTH + " levels; a profile is a few levels deep");
        }
        if (--budget < 0) {
            throw new UserError(where(node) + ": more than " + MAX_NODES + " YAML nodes (aliases expanded); a profile is small. Remove the aliases");
        }
        mark(node).ifPresent(m -> positions.value(pointer, m.getLine() + 1, m.getColumn() + 1));
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new UserError(where(tuple.getKeyNode()) + ": a key must be a plain string");
                }
                String key = keyNode.getValue();
                if ("<<".equals(key) && keyNode.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN) {
                    throw new UserError(where(keyNode) + ": merge keys (<<) are not supported in a profile; write the keys out");
                }
                if (object.has(key)) {
                    throw new UserError(where(keyNode) + ": duplicate key '" + key + "'. Keep one of them");
                }
                String child = pointer + "/" + SourceMap.segment(key);
                mark(keyNode).ifPresent(m -> positions.key(child, m.getLine() + 1, m.getColumn() + 1));
                object.set(key, convert(tuple.getValueNode(), child, depth + 1));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), pointer + "/" + i, depth + 1));
            }
            return array;
        }
        return dev.ksa.support.YamlNodes.scalar(((ScalarNode) node).getValue(), ((ScalarNode) node).getTag().getValue());
    }

    private static Optional<Mark> mark(Node node) {
        return node.getStartMark();
    }

    private String where(Node node) {
        return mark(node).map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(file);
    }
}
