package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every in-cluster address written in the platform's configuration ({@code name.namespace.svc},
 * {@code pod.name.namespace.svc.cluster.local}, or {@code scheme://name.namespace:port} for a
 * namespace of the platform) names a Service that will exist, on a port it serves. A URL without a
 * port uses its scheme's (80 for http, 443 for https).
 */
final class ServiceUrls {
    private static final String LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
    private static final Pattern SVC = Pattern.compile("(?<![-a-z0-9.])(?:([a-z][a-z0-9+.-]*)://)?((?:" + LABEL + "\\.){0,2})(" + LABEL + ")\\.(" + LABEL
            + ")\\.svc(?:\\.cluster\\.local)?\\.?(?::([0-9]{1,5}))?(?![-a-z0-9.])");
    private static final Pattern SHORT = Pattern.compile("\\b([a-z][a-z0-9+.-]*)://(" + LABEL + ")\\.(" + LABEL + ")(?::([0-9]{1,5}))?(?=[/\"'\\s,;]|$)");
    private static final Map<String, String> DEFAULT_PORTS = Map.of("http", "80", "https", "443", "ws", "80", "wss", "443");

    private ServiceUrls() {}

    static void run(Platform platform, Targets targets, PlatformAssembly.Validation validation) {
        Set<String> seen = new LinkedHashSet<>();
        for (PlatformObject object : platform.objects) {
            if (object.kind().equals("CustomResourceDefinition")) {
                continue; // descriptions hold examples, not configuration
            }
            for (String text : strings(object.body().path("data"), object.body().path("stringData"), object.body().path("spec"))) {
                Matcher m = SVC.matcher(text);
                while (m.find()) {
                    check(platform, targets, validation, seen, object, m.group(0), m.group(3), m.group(4), port(m.group(1), m.group(5)));
                }
                Matcher s = SHORT.matcher(text);
                while (s.find()) {
                    if (targets.namespaces().contains(s.group(3))) {
                        check(platform, targets, validation, seen, object, s.group(0), s.group(2), s.group(3), port(s.group(1), s.group(4)));
                    }
                }
            }
        }
    }

    private static void check(Platform platform, Targets targets, PlatformAssembly.Validation validation, Set<String> seen, PlatformObject object,
            String address, String service, String namespace, String port) {
        if (!seen.add(object.owner() + "|" + service + "." + namespace + ":" + port)) {
            return;
        }
        Optional<Targets.Target> target = targets.find("", "Service", namespace, service);
        if (target.isEmpty()) {
            Optional<String> maybe = platform.unknownSource(namespace);
            if (maybe.isPresent()) {
                validation.skip(object.origin().file() + ": " + object.describe() + " uses " + address + "; Service " + namespace + "/" + service
                        + " may come from " + maybe.get() + "; not checked");
                return;
            }
            validation.problem(platform.problem(object, address, "url", object.describe() + " is configured with " + address + ", but no Service "
                    + namespace + "/" + service + " exists in the platform. Point it at the Service the component really has (kubectl get svc -n " + namespace + ")"));
        } else if (port != null && !target.get().ports().isEmpty() && !target.get().ports().contains(port)) {
            validation.problem(platform.problem(object, address, "url", object.describe() + " is configured with " + address + ", but Service "
                    + namespace + "/" + service + " serves port(s) " + String.join(", ", target.get().ports()) + ", not " + port + ". Use the port the Service has"));
        }
    }

    private static String port(String scheme, String explicit) {
        if (explicit != null) {
            return explicit;
        }
        return scheme == null ? null : DEFAULT_PORTS.get(scheme.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> strings(JsonNode... roots) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode root : roots) {
            collect(root, out);
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            if (node.asText().contains(".")) {
                out.add(node.asText());
            }
        } else if (node.isContainerNode()) {
            for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
                collect(items.next(), out);
            }
        }
    }
}
