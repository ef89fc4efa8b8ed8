package dev.ksa.audit;

import dev.ksa.catalog.Lang;
import dev.ksa.catalog.Text;
import dev.ksa.inventory.KubeObject;
import dev.ksa.inventory.Location;
import dev.ksa.inventory.ObjectRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects findings for the rules: looks up each rule's severity (with the user's overrides) and
 * message template, fills the placeholders, and drops findings of rules switched off.
 */
public final class Findings {
    private final RuleBook book;
    private final RuleSettings settings;
    private final List<Finding> findings = new ArrayList<>();

    public Findings(RuleBook book, RuleSettings settings) {
        this.book = book;
        this.settings = settings;
    }

    public boolean enabled(String rule) {
        return settings.enabled(rule);
    }

    /** Placeholder values; a plain string means the same in both languages. */
    public static final class Params {
        private final Map<String, Text> values = new LinkedHashMap<>();

        public Params put(String key, String value) {
            values.put(key, Text.same(value == null ? "" : value));
            return this;
        }

        public Params put(String key, Text value) {
            values.put(key, value == null ? Text.same("") : value);
            return this;
        }
    }

    public static Params params() {
        return new Params();
    }

    public void add(String rule, KubeObject object, Params params) {
        add(rule, object.ref(), object.location(), params, null);
    }

    public void add(String rule, ObjectRef object, Location location, Params params, String component) {
        if (!settings.enabled(rule)) {
            return;
        }
        RuleDefinition definition = book.get(rule);
        Map<String, Text> values = new LinkedHashMap<>(params.values);
        values.putIfAbsent("object", Text.same(object.display()));
        Text message = new Text(fill(definition.message().ko(), values, true), fill(definition.message().en(), values, false));
        findings.add(new Finding(rule, settings.severity(definition), object, location, message, component));
    }

    /** Fills {@code {name}} placeholders in one pass; an empty value leaves no double space behind. */
    private static String fill(String template, Map<String, Text> values, boolean ko) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            Text value = close > 0 ? values.get(template.substring(i + 1, close)) : null;
            if (value != null) {
                out.append(value.in(ko ? Lang.KO : Lang.EN));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return SPACES.matcher(out.toString().strip()).replaceAll(" ").replace(" .", ".");
    }

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    /** Every finding, most severe first, then by rule, object and location: the same input gives the same order. */
    public List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ORDER);
        return out;
    }

    /** Findings in report order: severity, rule, object, place, message. */
    static List<Finding> sort(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ORDER);
        return out;
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::object)
            .thenComparing(f -> f.location() == null ? "" : f.location().display())
            .thenComparing(f -> f.message().en());
}
