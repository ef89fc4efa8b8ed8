package dev.ksa.audit;

import dev.ksa.support.Suggestions;
import dev.ksa.support.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user changed about the rules: rules switched off, severities overridden (by id) and
 * exemptions (rules that do not apply to some namespaces or objects). Each entry remembers where
 * it was given ({@code --disable}, {@code rules.yaml:4:3}) so an unknown id is reported there.
 */
public record RuleSettings(Map<String, String> disabled, Map<String, Severity> severities, Map<String, String> origins,
        List<Exemption> exemptions) {

    public RuleSettings {
        disabled = Map.copyOf(disabled);
        severities = Map.copyOf(severities);
        origins = Map.copyOf(origins);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    public RuleSettings(Map<String, String> disabled, Map<String, Severity> severities, Map<String, String> origins) {
        this(disabled, severities, origins, List.of());
    }

    public static RuleSettings none() {
        return new RuleSettings(Map.of(), Map.of(), Map.of());
    }

    /** From {@code --disable ID} and {@code --severity ID=LEVEL} options. */
    public static RuleSettings fromOptions(List<String> disable, List<String> severity) {
        Map<String, String> off = new LinkedHashMap<>();
        for (String id : disable) {
            for (String part : id.split(",")) {
                if (!part.isBlank()) {
                    off.put(part.trim(), "--disable " + part.trim());
                }
            }
        }
        Map<String, Severity> levels = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (String entry : severity) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new UserError("--severity " + entry + ": expected RULE=LEVEL, for example --severity image-tag-latest=error");
            }
            String id = entry.substring(0, eq).trim();
            try {
                levels.put(id, Severity.parse(entry.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UserError("--severity " + entry + ": " + e.getMessage());
            }
            origins.put(id, "--severity " + entry);
        }
        return new RuleSettings(off, levels, origins);
    }

    /** These settings, with {@code later}'s taking precedence (options over a rules config file). */
    public RuleSettings then(RuleSettings later) {
        Map<String, String> off = new LinkedHashMap<>(disabled);
        off.putAll(later.disabled);
        Map<String, Severity> levels = new LinkedHashMap<>(severities);
        levels.putAll(later.severities);
        Map<String, String> where = new LinkedHashMap<>(origins);
        where.putAll(later.origins);
        List<Exemption> exempt = new ArrayList<>(exemptions);
        exempt.addAll(later.exemptions);
        return new RuleSettings(off, levels, where, exempt);
    }

    public boolean enabled(String id) {
        return !disabled.containsKey(id);
    }

    public Severity severity(RuleDefinition rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    /** Fails on the first id that names no rule, at the place it was given. */
    public void check(RuleBook book) {
        List<String> unknown = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(disabled.keySet());
        ids.addAll(severities.keySet());
        for (String id : ids) {
            if (book.find(id).isEmpty()) {
                unknown.add(id);
            }
        }
        for (Exemption e : exemptions) {
            for (String id : e.rules()) {
                if (!id.equals("*") && book.find(id).isEmpty()) {
                    throw new UserError(e.origin() + ": unknown rule '" + id + "' in exempt." + Suggestions.didYouMean(id, book.ids())
                            + " The rules are listed by: ksa audit --rules");
                }
            }
        }
        if (!unknown.isEmpty()) {
            String id = unknown.get(0);
            String where = disabled.containsKey(id) ? disabled.get(id) : origins.getOrDefault(id, id);
            throw new UserError(where + ": unknown rule '" + id + "'." + Suggestions.didYouMean(id, book.ids())
                    + " The rules are listed in docs/audit.md");
        }
    }
}
