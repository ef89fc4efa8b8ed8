package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chart rendered with real Helm (helm-java, Helm 3 embedded) from a {@link ChartWorkspace} copy:
 * the release name, namespace, Kubernetes version and value files an Application gives, as
 * {@code helm template} renders it for Argo CD. Hook objects are kept and marked (Argo CD runs
 * them); test hooks are dropped (Argo CD ignores them). The CRDs of {@code crds/} folders come from
 * {@link ChartCrds}, since Helm's template call leaves them out.
 */
final class ChartRendering {
    private static final Pattern SOURCE = Pattern.compile("(?m)^# Source: (.+)$");
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    /** What to render: the prepared chart, release, namespace, Kubernetes version, value files in order, --set values. */
    record Request(Path chart, String release, String namespace, String kubeVersion, List<Path> valuesFiles, Map<String, String> sets) {}

    /** One rendered object: its body, the template it came from ({@code grafana/templates/secret.yaml}), whether it is a hook. */
    record Document(JsonNode body, String source, boolean hook) {}

    /** The objects, or why Helm refused (one line), or that Helm's native library is not available here. */
    record Result(List<Document> documents, String failure, boolean unavailable) {
        static Result failed(String why) {
            return new Result(List.of(), why, false);
        }
    }

    private ChartRendering() {}

    static Result render(Request request) {
        String output;
        try {
            TemplateCommand template = new Helm(request.chart()).template()
                    .withName(request.release())
                    .withNamespace(request.namespace())
                    .withKubeVersion(request.kubeVersion());
            for (Path values : request.valuesFiles()) {
                template = template.withValuesFile(values);
            }
            for (Map.Entry<String, String> set : request.sets().entrySet()) {
                template = template.set(set.getKey(), set.getValue());
            }
            output = template.call();
        } catch (IllegalStateException e) {
            return Result.failed(message(e.getMessage()));
        } catch (LinkageError e) {
            return new Result(List.of(), null, true);
        }
        try {
            return new Result(documents(output), null, false);
        } catch (YamlDocuments.SyntaxError e) {
            return Result.failed("Helm's output is not YAML: " + e.getMessage());
        }
    }

    /** Helm's output split into objects, each with its {@code # Source:} template and hook mark. */
    static List<Document> documents(String output) {
        List<Document> documents = new ArrayList<>();
        for (String chunk : SEPARATOR.split(output)) {
            Matcher source = SOURCE.matcher(chunk);
            String template = source.find() ? source.group(1).strip() : "";
            for (YamlDocuments.Document document : YamlDocuments.parse(chunk)) {
                JsonNode body = document.root();
                if (!body.isObject() || body.isEmpty()) {
                    continue;
                }
                boolean hook = restoreHookAnnotations(body);
                if (hook && testOnly(body)) {
                    continue;
                }
                documents.add(new Document(body, template, hook));
            }
        }
        return documents;
    }

    /** Names {@code ksa.dev/helm-hook*} annotations back to {@code helm.sh/hook*}; true when the object is a hook. */
    private static boolean restoreHookAnnotations(JsonNode body) {
        JsonNode annotations = body.path("metadata").path("annotations");
        if (!(annotations instanceof ObjectNode object)) {
            return false;
        }
        List<String> renamed = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith(ChartWorkspace.HOOK_PREFIX)) {
                renamed.add(name);
            }
        }
        for (String name : renamed) {
            JsonNode value = object.remove(name);
            object.set("helm.sh/hook" + name.substring(ChartWorkspace.HOOK_PREFIX.length()), value);
        }
        return object.has("helm.sh/hook");
    }

    /** Argo CD ignores Helm test hooks. */
    private static boolean testOnly(JsonNode body) {
        for (String hook : body.path("metadata").path("annotations").path("helm.sh/hook").asText("").split(",")) {
            if (!hook.strip().startsWith("test")) {
                return false;
            }
        }
        return true;
    }

    /** Helm's error on one line, without its advice to use --debug, shortened to what a person reads. */
    static String message(String text) {
        if (text == null) {
            return "unknown error";
        }
        String joined = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Use --debug"))
                .reduce((a, b) -> a.endsWith(":") ? a + " " + b : a + "; " + b).orElse(text.strip());
        return joined.length() > 600 ? joined.substring(0, 600) + "..." : joined;
    }

    static String firstLine(String text) {
        return text == null ? "unknown error" : text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).strip();
    }
}
