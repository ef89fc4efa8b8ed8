package dev.ksa.audit;

import dev.ksa.support.UserError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a {@code --rules-config} file:
 * <pre>
 * disable: [replicaset-without-deployment]
 * severity:
 *   image-tag-latest: error
 * </pre>
 * Every error names the file, line and column.
 */
public final class RuleSettingsFile {
    private final String name;

    private RuleSettingsFile(String name) {
        this.name = name;
    }

    public static RuleSettings read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new UserError("--rules-config " + name + ": no such file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoadSettings settings = LoadSettings.builder().setLabel(name).setMaxAliasesForCollections(10).build();
            Optional<Node> root = new Compose(settings).composeReader(reader);
            return new RuleSettingsFile(name).settings(root.orElse(null));
        } catch (MarkedYamlEngineException e) {
            throw new UserError(name + position(e.getProblemMark().orElse(null)) + ": invalid YAML: " + e.getProblem());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError user) {
                throw user;
            }
            throw new UserError(name + ": cannot read the rules config: " + e.getMessage());
        }
    }

    private RuleSettings settings(Node root) {
        Map<String, String> disabled = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        if (root == null) {
            return RuleSettings.none();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(root, "expected a mapping with 'disable' and 'severity'");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            switch (key) {
                case "disable" -> {
                    if (!(value instanceof SequenceNode list)) {
                        throw error(value, "'disable' must be a list of rule ids, e.g. disable: [image-tag-latest]");
                    }
                    for (Node item : list.getValue()) {
                        disabled.put(scalar(item), where(item));
                    }
                }
                case "severity" -> {
                    if (!(value instanceof MappingNode levels)) {
                        throw error(value, "'severity' must map rule ids to levels, e.g. severity: {image-tag-latest: error}");
                    }
                    for (NodeTuple level : levels.getValue()) {
                        String id = scalar(level.getKeyNode());
                        try {
                            severities.put(id, Severity.parse(scalar(level.getValueNode())));
                        } catch (IllegalArgumentException e) {
                            throw error(level.getValueNode(), e.getMessage());
                        }
                        origins.put(id, where(level.getKeyNode()));
                    }
                }
                default -> throw error(tuple.getKeyNode(), "unknown key '" + key + "' (use 'disable' and 'severity')");
            }
        }
        return new RuleSettings(disabled, severities, origins);
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, "expected a plain value here");
        }
        return s.getValue().trim();
    }

    private String where(Node node) {
        return name + position(node.getStartMark().orElse(null));
    }

    private UserError error(Node node, String message) {
        return new UserError(where(node) + ": " + message);
    }

    private static String position(Mark mark) {
        return mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }
}
