package dev.ksa.validate;

import dev.ksa.support.YamlNodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Every document of a YAML file as a Jackson tree with the line of every key and list item, by JSON
 * pointer. Scalars are typed as kubectl and Helm type them (YAML 1.1 resolution: {@code 3} is a
 * number, {@code "3"} a string, {@code true} a boolean), so type errors are seen.
 *
 * <p>Why not {@link dev.ksa.inventory.YamlObjectReader}: it streams objects for audits and keeps
 * only the document's line and scalars as text; and {@link dev.ksa.plan.PositionedYaml} reads one
 * document. The bounds are the same as theirs: nesting depth, nodes per document counting alias
 * expansion (a YAML bomb is refused with its position), and the parser's own alias limit.
 */
final class YamlDocuments {
    static final int MAX_DEPTH = 128;
    static final long MAX_NODES = 2_000_000;
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One document: its tree, the line it starts on, and the line of each key or item by JSON pointer. */
    record Document(JsonNode root, int line, Map<String, Integer> lines) {
        /** The line of {@code pointer}, or of its nearest ancestor that has one. */
        int lineOf(String pointer) {
            String p = pointer;
            while (true) {
                Integer at = lines.get(p);
                if (at != null) {
                    return at;
                }
                if (p.isEmpty()) {
                    return line;
                }
                int slash = p.lastIndexOf('/');
                p = slash <= 0 ? "" : p.substring(0, slash);
            }
        }

        /** The line where the value at {@code pointer} starts (a block scalar: its indicator line). */
        int valueLine(String pointer) {
            Integer at = lines.get(pointer + "#value");
            return at != null ? at : lineOf(pointer);
        }
    }

    /** A YAML syntax error, with the 1-based line (0 when unknown). */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<Node, Converted> converted = new java.util.IdentityHashMap<>();
    private long budget;

    /** A collection already converted (an anchor): its tree and its size, so an alias costs its size once more. */
    private record Converted(JsonNode node, long size) {}

    private YamlDocuments() {}

    static List<Document> parse(String text) {
        return parse(new StringReader(text));
    }

    static List<Document> parse(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setMaxAliasesForCollections(100);
        options.setAllowDuplicateKeys(false);
        List<Document> documents = new ArrayList<>();
        try {
            for (Node node : new Yaml(options).composeAll(reader)) {
                if (node == null) {
                    continue;
                }
                YamlDocuments builder = new YamlDocuments();
                JsonNode root = builder.convert(node, "", 0);
                documents.add(new Document(root, line(node), Map.copyOf(builder.lines)));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().trim();
            throw new SyntaxError(mark == null ? 0 : mark.getLine() + 1, "invalid YAML: " + problem + ". Fix the YAML there");
        } catch (YAMLException e) {
            throw new SyntaxError(0, "cannot read YAML: " + e.getMessage().lines().findFirst().orElse("") + ". Fix the YAML there");
        }
        return documents;
    }

    private JsonNode convert(Node node, String pointer, int depth) {
        Converted seen = converted.get(node);
        if (seen != null) {
            budget += seen.size();
            if (budget > MAX_NODES) {
                throw new SyntaxError(line(node), "this document expands to more than " + MAX_NODES
                        + " YAML nodes (aliases repeated inside aliases?); write it without nested aliases");
            }
            return seen.node();
        }
        long before = budget;
        JsonNode result = convertOnce(node, pointer, depth);
        if (!(node instanceof ScalarNode)) {
            converted.put(node, new Converted(result, budget - before));
        }
        return result;
    }

    private JsonNode convertOnce(Node node, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw new SyntaxError(line(node), "YAML nested deeper than " + MAX_DEPTH + " levels; a Kubernetes object is never this deep. Check the file");
        }
        if (++budget > MAX_NODES) {
            throw new SyntaxError(line(node), "this document expands to more than " + MAX_NODES
                    + " YAML nodes (aliases repeated inside aliases?); write it without nested aliases");
        }
        lines.putIfAbsent(pointer + "#value", line(node));
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            List<NodeTuple> merged = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (keyNode instanceof ScalarNode key && Tag.MERGE.equals(key.getTag())) {
                    merged.add(tuple);
                    continue;
                }
                String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : convert(keyNode, pointer, depth + 1).toString();
                if (object.has(key)) {
                    throw new SyntaxError(line(keyNode), "duplicate key '" + key + "' (kubectl and Helm refuse it). Keep one of them");
                }
                String child = pointer + "/" + segment(key);
                lines.putIfAbsent(child, line(keyNode));
                object.set(key, convert(tuple.getValueNode(), child, depth + 1));
            }
            for (NodeTuple tuple : merged) {
                YamlNodes.merge(object, convert(tuple.getValueNode(), pointer, depth + 1));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                lines.putIfAbsent(pointer + "/" + i, line(items.get(i)));
                array.add(convert(items.get(i), pointer + "/" + i, depth + 1));
            }
            return array;
        }
        return YamlNodes.scalar(((ScalarNode) node).getValue(), ((ScalarNode) node).getTag().getValue());
    }


    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A JSON pointer segment, escaped as RFC 6901 says. */
    static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
