package dev.ksa.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Chart;
import dev.ksa.catalog.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus rule groups for one planned component: the workload alerts every in-cluster component
 * gets ({@code render/monitoring/workload-alerts.yaml}) and its own alerts, if it has any
 * ({@code render/alerts/<id>.yaml}). Each rule gets the label {@code component: <id>}.
 */
final class AlertRules {
    static final String ALERTS = "render/alerts/";
    static final String WORKLOAD_TEMPLATE = "render/monitoring/workload-alerts.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper STRICT = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Pattern INSTANCE_SUFFIX = Pattern.compile("^([a-z0-9-]+?)-([0-9]+|[a-z])$");
    private static final Pattern WORKLOAD_NAME = Pattern.compile("[a-z0-9-]+");

    private AlertRules() {}

    /** A component's own alert data file. */
    record AlertFile(String component, List<Map<String, Object>> rules) {
        AlertFile {
            rules = rules == null ? List.of() : rules;
        }
    }

    /** The rule groups of a planned component: workloads first, then its own alerts. */
    static List<Map<String, Object>> groups(RenderContext ctx, String id) {
        Component c = ctx.component(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("component", id);
        values.put("name", c.name());
        values.put("namespace", ctx.namespace(id));
        values.put("workloads", workloadRegex(c));
        values.put("platform", ctx.plan().name());
        List<Map<String, Object>> groups = new ArrayList<>();
        String template = DataFiles.read(WORKLOAD_TEMPLATE).orElseThrow(() -> new IllegalStateException(WORKLOAD_TEMPLATE + " is missing"));
        groups.add(labelled(parse(DataFiles.fill(template, values, WORKLOAD_TEMPLATE), WORKLOAD_TEMPLATE), id));
        own(id).ifPresent(text -> {
            String source = ALERTS + id + ".yaml";
            AlertFile file = alertFile(DataFiles.fill(text, values, source), source);
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", "ksa." + id);
            group.put("rules", file.rules());
            groups.add(labelled(group, id));
        });
        return groups;
    }

    /** The text of {@code render/alerts/<id>.yaml}, if the component has its own alerts. */
    static Optional<String> own(String id) {
        return DataFiles.read(ALERTS + id + ".yaml");
    }

    static AlertFile alertFile(String text, String source) {
        try {
            AlertFile file = STRICT.readValue(text, AlertFile.class);
            if (!source.endsWith("/" + file.component() + ".yaml")) {
                throw new IllegalStateException(source + " says component '" + file.component() + "'");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(source + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * A regex matching the pod and workload names of a component: its Helm release names and the
     * workload names of its fingerprints, without an instance suffix ({@code rook-ceph-osd-0} is
     * an instance of {@code rook-ceph-osd}). Components sharing a namespace then alert for their own pods.
     */
    static String workloadRegex(Component c) {
        TreeSet<String> names = new TreeSet<>();
        c.install().charts().stream().map(Chart::release).filter(r -> r != null).forEach(names::add);
        if (c.fingerprints().names() != null) {
            for (String n : c.fingerprints().names()) {
                Matcher m = INSTANCE_SUFFIX.matcher(n);
                names.add(m.matches() ? m.group(1) : n);
            }
        }
        names.removeIf(n -> !WORKLOAD_NAME.matcher(n).matches());
        return names.isEmpty() ? ".+" : ".*(" + String.join("|", names) + ").*";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labelled(Map<String, Object> group, String id) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Object r : (List<Object>) group.get("rules")) {
            Map<String, Object> rule = new LinkedHashMap<>((Map<String, Object>) r);
            Map<String, Object> labels = new LinkedHashMap<>();
            Object existing = rule.get("labels");
            if (existing instanceof Map<?, ?> m) {
                m.forEach((k, v) -> labels.put(String.valueOf(k), v));
            }
            labels.put("component", id);
            rule.put("labels", labels);
            rules.add(rule);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", group.get("name"));
        out.put("rules", rules);
        return out;
    }

    /** Every document of a multi-document YAML text, in order. */
    static List<Object> documents(String text, String source) {
        List<Object> out = new ArrayList<>();
        try (var values = YAML.readerFor(LinkedHashMap.class).readValues(text)) {
            while (values.hasNext()) {
                Object document = values.next();
                if (document != null) {
                    out.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + " is invalid: " + e.getMessage(), e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String text, String source) {
        try {
            return YAML.readValue(text, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(source + " is invalid: " + e.getMessage(), e);
        }
    }
}
