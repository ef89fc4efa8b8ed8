package dev.ksa.report;

import dev.ksa.support.Documents;
import dev.ksa.audit.AuditResult;
import dev.ksa.audit.Finding;
import dev.ksa.audit.RuleDefinition;
import dev.ksa.catalog.Lang;
import dev.ksa.inventory.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit as SARIF 2.1.0 for code scanning. Findings on files point at the file (relative to
 * {@code %SRCROOT%} when given relative) and the line their object starts on; findings on a live
 * cluster point at {@code k8s://context/namespace/kind/name}. Every rule that ran is described,
 * with its help, so a scanning UI can explain it.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    public static String render(AuditResult result, Lang lang) {
        Map<String, Integer> index = new HashMap<>();
        List<Object> rules = new ArrayList<>();
        for (RuleDefinition r : result.rules()) {
            index.put(r.id(), rules.size());
            rules.add(map("id", r.id(), "name", camel(r.id()),
                    "shortDescription", map("text", r.title().in(lang)),
                    "fullDescription", map("text", r.help().in(lang)),
                    "help", map("text", r.help().in(lang), "markdown", "**" + r.title().in(lang) + "**\n\n" + r.help().in(lang)
                            + (r.source() == null ? "" : "\n\n_" + r.source() + "_")),
                    "defaultConfiguration", map("level", r.severity().sarifLevel()),
                    "properties", map("tags", List.of("kubernetes", r.group()), "problem.severity", r.severity().id())));
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> entry = map("ruleId", f.rule(), "level", f.severity().sarifLevel(),
                    "message", map("text", f.message().in(lang)),
                    "locations", List.of(location(f)),
                    "partialFingerprints", map("ksaObject/v1", f.rule() + "|" + f.object().display()));
            Integer i = index.get(f.rule());
            if (i != null) {
                entry.put("ruleIndex", i);
            }
            results.add(entry);
        }
        String version = SarifReport.class.getPackage().getImplementationVersion();
        Map<String, Object> driver = map("name", "ksa", "fullName", "ksa audit (Kubernetes Standard Architecture)",
                "version", version == null ? "dev" : version, "rules", rules);
        List<Object> notifications = new ArrayList<>();
        for (String warning : result.warnings()) {
            notifications.add(map("level", "warning", "message", map("text", warning)));
        }
        Map<String, Object> invocation = map("executionSuccessful", true);
        if (!notifications.isEmpty()) {
            invocation.put("toolExecutionNotifications", notifications);
        }
        Map<String, Object> run = map("tool", map("driver", driver), "invocations", List.of(invocation), "results", results,
                "columnKind", "unicodeCodePoints", "language", lang == Lang.KO ? "ko-KR" : "en-US",
                "properties", map("edition", result.edition(), "score", result.score().total(), "partial", result.score().partial(),
                        "source", result.source()));
        return Documents.json(map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
    }

    private static Map<String, Object> location(Finding f) {
        Map<String, Object> location = new LinkedHashMap<>();
        Location where = f.location();
        if (where != null) {
            Map<String, Object> physical = map("artifactLocation", artifact(where));
            if (where.line() > 0) {
                physical.put("region", map("startLine", where.line()));
            }
            location.put("physicalLocation", physical);
        }
        location.put("logicalLocations", List.of(map("fullyQualifiedName", f.object().display(), "kind", "resource")));
        return location;
    }

    static Map<String, Object> artifact(Location where) {
        if (where.live()) {
            return map("uri", where.uri());
        }
        String file = where.file();
        if (file.equals("<stdin>")) {
            return map("uri", "stdin");
        }
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return map("uri", path.normalize().toUri().toString());
        }
        String relative = path.normalize().toString().replace('\\', '/');
        try {
            return map("uri", new URI(null, null, relative, null).toASCIIString(), "uriBaseId", "%SRCROOT%");
        } catch (URISyntaxException e) {
            return map("uri", relative.replace(" ", "%20"), "uriBaseId", "%SRCROOT%");
        }
    }

    static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
