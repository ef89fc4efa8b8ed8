package dev.ksa.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ksa.support.UserError;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Streams the objects of a YAML stream from parser events: one object per document, and one per
 * item of a {@code List} document ({@code kubectl get -o yaml}), so a dump of any size is read one
 * object at a time. Bounded: nesting depth, and nodes per object counting alias expansion (a
 * YAML bomb is refused with its position, not expanded).
 *
 * <p>Events come from SnakeYAML (the parser jackson-dataformat-yaml ships with), not
 * snakeyaml-engine: snakeyaml-engine 2.9 rejects an empty block scalar ({@code key: |-} followed by
 * a less indented line), which Helm output contains and kubectl accepts (Longhorn's install manifest).
 */
public final class YamlObjectReader {
    static final int MAX_DEPTH = 128;
    static final long MAX_NODES = 2_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final ObjectSink sink;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private JsonNode root;
    private int documentLine;
    private long budget;

    private YamlObjectReader(String source, ObjectSink sink) {
        this.source = source;
        this.sink = sink;
    }

    /** Reads every object of {@code reader}; a syntax error is a {@link UserError} naming {@code source:line:column}. */
    public static void read(Reader reader, String source, ObjectSink sink) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        YamlObjectReader builder = new YamlObjectReader(source, sink);
        try {
            for (Event event : new Yaml(options).parse(reader)) {
                builder.on(event);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? source : source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new UserError(where + ": invalid YAML: " + problem.trim()
                    + ". Fix the YAML there (a Helm chart's templates must be rendered first: helm template NAME CHART | ksa audit -f -)");
        } catch (YAMLException e) {
            if (rootCause(e) instanceof CharacterCodingException) {
                throw new UserError(source + ": not UTF-8 text. Convert it first (iconv -t UTF-8) or leave it out of -f");
            }
            throw new UserError(source + ": cannot read YAML: " + e.getMessage() + ". Check that the file is a Kubernetes manifest");
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private void on(Event event) {
        switch (event.getEventId()) {
            case DocumentStart -> {
                documentLine = line(event);
                anchors.clear();
                root = null;
                budget = 0;
            }
            case DocumentEnd -> {
                if (root != null && root.isObject() && !isList(root)) {
                    sink.accept(root, documentLine);
                }
                root = null;
            }
            case MappingStart, SequenceStart -> open(event);
            case MappingEnd, SequenceEnd -> close();
            case Scalar -> add(scalar((ScalarEvent) event), 1, anchor(event));
            case Alias -> alias((AliasEvent) event);
            default -> { }
        }
    }

    /** A List document ({@code kind: List}, or any object with {@code items}): its items were streamed, it is not an object itself. */
    private static boolean isList(JsonNode node) {
        return node.has("items");
    }

    private void open(Event event) {
        if (stack.size() >= MAX_DEPTH) {
            throw new UserError(source + ":" + line(event) + ": YAML nested deeper than " + MAX_DEPTH
                    + " levels; a Kubernetes object is never this deep. Check the file");
        }
        boolean mapping = event.getEventId() == Event.ID.MappingStart;
        Frame parent = stack.peek();
        Frame frame = new Frame(mapping ? NODES.objectNode() : NODES.arrayNode(), anchor(event), line(event));
        if (!mapping && parent != null && stack.size() == 1 && parent.node.isObject() && "items".equals(parent.key)) {
            frame.itemsOfList = true;
        }
        if (mapping && parent != null && parent.itemsOfList) {
            frame.streamed = true;
            frame.budgetBefore = budget;
            budget = 0;
        }
        stack.push(frame);
    }

    private void close() {
        Frame frame = stack.pop();
        if (frame.anchor != null) {
            anchors.put(frame.anchor, new Anchored(frame.node, frame.size + 1));
        }
        if (frame.streamed) {
            budget = frame.budgetBefore;
            sink.accept(frame.node, frame.line);
            return;
        }
        add(frame.node, frame.size + 1, null);
    }

    private void alias(AliasEvent event) {
        String name = event.getAnchor();
        Anchored target = anchors.get(name);
        if (target == null) {
            throw new UserError(source + ":" + line(event) + ": YAML alias *" + name + " has no anchor &" + name
                    + " before it. Define the anchor first or write the value out");
        }
        add(target.node, target.size, null);
    }

    private void add(JsonNode node, long size, String anchor) {
        budget += size;
        if (budget > MAX_NODES) {
            throw new UserError(source + ":" + documentLine + ": this document expands to more than " + MAX_NODES
                    + " YAML nodes (aliases repeated inside aliases?). ksa refuses it; write the object without nested aliases");
        }
        if (anchor != null) {
            anchors.put(anchor, new Anchored(node, size));
        }
        Frame top = stack.peek();
        if (top == null) {
            root = node;
            return;
        }
        top.size += size;
        if (top.node instanceof ArrayNode array) {
            array.add(node);
            return;
        }
        ObjectNode object = (ObjectNode) top.node;
        if (top.key == null) {
            top.key = node.isContainerNode() ? node.toString() : node.asText();
            top.keyIsNull = node.isNull();
            return;
        }
        if (top.key.equals("<<") && !top.keyIsNull) {
            dev.ksa.support.YamlNodes.merge(object, node);
        } else {
            object.set(top.key, node);
        }
        top.key = null;
    }

    private static JsonNode scalar(ScalarEvent event) {
        String value = event.getValue();
        if (event.isPlain()) {
            switch (value) {
                case "", "~", "null", "Null", "NULL" -> {
                    return NODES.nullNode();
                }
                default -> { }
            }
        }
        return NODES.textNode(value);
    }

    private static String anchor(Event event) {
        return event instanceof NodeEvent node && !(event instanceof AliasEvent) ? node.getAnchor() : null;
    }

    private static int line(Event event) {
        return event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
    }

    private static final class Frame {
        final JsonNode node;
        final String anchor;
        final int line;
        String key;
        boolean keyIsNull;
        long size;
        boolean itemsOfList;
        boolean streamed;
        long budgetBefore;

        Frame(JsonNode node, String anchor, int line) {
            this.node = node;
            this.anchor = anchor;
            this.line = line;
        }
    }

    private record Anchored(JsonNode node, long size) {}
}
