package dev.ksa.audit;

import dev.ksa.support.UserError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * exempt:
 *   - namespaces: [kube-system]            # every rule, in these namespaces
 *   - rules: [container-run-as-root]
 *     objects: [Deployment/shop/legacy-*]  # Kind/namespace/name, * within a part
 *     reason: vendor image runs as root
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
        List<Exemption> exemptions = new ArrayList<>();
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
                case "exempt" -> {
                    if (!(value instanceof SequenceNode list)) {
                        throw error(value, "'exempt' must be a list, e.g. exempt: [{namespaces: [kube-system]}]");
                    }
                    for (Node item : list.getValue()) {
                        exemptions.add(exemption(item));
                    }
                }
                default -> throw error(tuple.getKeyNode(), "unknown key '" + key + "' (use 'disable', 'severity' and 'exempt')");
            }
        }
        return new RuleSettings(disabled, severities, origins, exemptions);
    }

    private Exemption exemption(Node item) {
        if (!(item instanceof MappingNode entry)) {
            throw error(item, "each exempt entry is a mapping with rules, namespaces and objects");
        }
        List<String> rules = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        String reason = null;
        for (NodeTuple t : entry.getValue()) {
            String key = scalar(t.getKeyNode());
            switch (key) {
                case "rules" -> rules.addAll(strings(t.getValueNode(), key));
                case "namespaces" -> namespaces.addAll(strings(t.getValueNode(), key));
                case "objects" -> {
                    for (String o : strings(t.getValueNode(), key)) {
                        if (o.split("/", -1).length < 2 || o.split("/", -1).length > 3) {
                            throw error(t.getValueNode(), "object '" + o + "' must read Kind/namespace/name (or Kind/name), e.g. Deployment/shop/web");
                        }
                        objects.add(o);
                    }
                }
                case "reason" -> reason = scalar(t.getValueNode());
                default -> throw error(t.getKeyNode(), "unknown key '" + key + "' in exempt (use rules, namespaces, objects, reason)");
            }
        }
        if (namespaces.isEmpty() && objects.isEmpty()) {
            throw error(item, "an exempt entry needs namespaces or objects; to switch a rule off everywhere use disable");
        }
        return new Exemption(rules, namespaces, objects, reason, where(item));
    }

    private List<String> strings(Node node, String key) {
        if (node instanceof ScalarNode) {
            return List.of(scalar(node));
        }
        if (!(node instanceof SequenceNode list)) {
            throw error(node, "'" + key + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : list.getValue()) {
            out.add(scalar(item));
        }
        return out;
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
