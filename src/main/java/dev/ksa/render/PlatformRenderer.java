package dev.ksa.render;

import dev.ksa.catalog.Component;
import dev.ksa.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * platform/: namespaces with Pod Security Admission labels, the manifests components add through
 * their render data (MetalLB's address pool, cert-manager's issuers, ...), and an Ingress (or
 * Gateway API route) with a certificate for every console under {@code spec.domain}.
 */
final class PlatformRenderer {
    /** Most permissive first: a namespace shared by components gets the level its most demanding member needs. */
    private static final List<String> LEVELS = List.of("privileged", "baseline", "restricted");

    private PlatformRenderer() {}

    static void render(RenderContext ctx, Variables variables, FileTree.Builder out) {
        namespaces(ctx, out);
        componentManifests(ctx, variables, out);
        consoles(ctx, out);
        trust(ctx, variables, out);
    }

    /**
     * platform/trust/: in every namespace of a component that signs in through the platform's OIDC
     * provider ({@code vars.trustsPlatformCA}), a Certificate from the platform CA whose Secret's
     * {@code ca.crt} is that CA: the component's values mount it, so it trusts Keycloak's TLS.
     */
    private static void trust(RenderContext ctx, Variables variables, FileTree.Builder out) {
        if (!ctx.provided("oidc") || !variables.defined("clusterIssuer")) {
            return;
        }
        String issuer = variables.resolve("clusterIssuer", "platform");
        java.util.TreeSet<String> namespaces = new java.util.TreeSet<>();
        for (PlannedComponent p : ctx.inCluster()) {
            if ("true".equals(RenderDataLoader.of(p.id()).vars().get("trustsPlatformCA"))) {
                namespaces.add(p.namespace());
            }
        }
        if (namespaces.isEmpty()) {
            return;
        }
        List<Object> documents = new ArrayList<>();
        for (String namespace : namespaces) {
            Map<String, Object> cert = K8s.object("cert-manager.io/v1", "Certificate", TRUST_SECRET, namespace);
            cert.put("spec", K8s.map("secretName", TRUST_SECRET, "commonName", TRUST_SECRET + "." + namespace,
                    "issuerRef", K8s.map("kind", "ClusterIssuer", "name", issuer)));
            documents.add(cert);
        }
        out.put("platform/trust/certificates.yaml", Yaml.documents("The platform CA in every namespace whose components sign in through the\n"
                + "OIDC provider: the Secret " + TRUST_SECRET + " carries it as ca.crt, which their values mount.", documents));
        out.put("platform/trust/kustomization.yaml", K8s.kustomization(List.of("certificates.yaml")));
    }

    /** The Secret (and Certificate) in a client's namespace that carries the platform CA as {@code ca.crt}. */
    static final String TRUST_SECRET = "platform-ca-trust";

    private static void namespaces(RenderContext ctx, FileTree.Builder out) {
        Map<String, String> levels = new TreeMap<>();
        Map<String, List<String>> owners = new TreeMap<>();
        Map<String, Map<String, String>> extraLabels = new TreeMap<>();
        for (PlannedComponent p : ctx.inCluster()) {
            String namespace = p.namespace();
            if (namespace == null || namespace.equals("kube-system")) {
                continue;
            }
            String level = RenderDataLoader.of(p.id()).vars().getOrDefault("podSecurity", "baseline");
            levels.merge(namespace, level, (a, b) -> LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b);
            String labels = RenderDataLoader.of(p.id()).vars().get("namespaceLabels");
            if (labels != null) {
                for (String pair : labels.split(",")) {
                    String[] kv = pair.strip().split("=", 2);
                    extraLabels.computeIfAbsent(namespace, k -> new TreeMap<>()).put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            owners.computeIfAbsent(namespace, k -> new ArrayList<>()).add(p.id());
        }
        List<Object> documents = new ArrayList<>();
        for (Map.Entry<String, String> e : levels.entrySet()) {
            Map<String, Object> ns = K8s.object("v1", "Namespace", e.getKey(), null);
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put("app.kubernetes.io/part-of", ctx.plan().name());
            labels.put("pod-security.kubernetes.io/enforce", e.getValue());
            labels.put("pod-security.kubernetes.io/audit", "restricted");
            labels.put("pod-security.kubernetes.io/warn", "restricted");
            labels.putAll(extraLabels.getOrDefault(e.getKey(), Map.of()));
            K8s.metadata(ns).put("labels", labels);
            K8s.metadata(ns).put("annotations", K8s.map("ksa.dev/components", String.join(",", owners.get(e.getKey()))));
            documents.add(ns);
        }
        PruneSafety.mark(documents);
        out.put("platform/namespaces/namespaces.yaml", Yaml.documents(
                "Namespaces of the platform. Pod Security Admission enforces the level the components there need\n"
                        + "(privileged for node agents, CNI and storage; baseline otherwise) and warns and audits at restricted.", documents));
        out.put("platform/namespaces/kustomization.yaml", K8s.kustomization(List.of("namespaces.yaml")));
    }

    private static void componentManifests(RenderContext ctx, Variables variables, FileTree.Builder out) {
        for (PlannedComponent p : ctx.plan().components()) {
            RenderData data = RenderDataLoader.of(p.id());
            List<String> files = new ArrayList<>();
            for (RenderData.Manifest m : data.manifests()) {
                if (!Variables.holds(m.condition(), ctx)) {
                    continue;
                }
                List<Object> documents = PruneSafety.mark(m.resolved(ctx, variables, p.id()));
                out.put("platform/" + p.id() + "/" + m.file(), Yaml.documents(ctx.component(p.id()).name() + ": " + m.file() + " (from ksa's render data)", documents));
                files.add(m.file());
            }
            if (!files.isEmpty()) {
                out.put("platform/" + p.id() + "/kustomization.yaml", K8s.kustomization(files));
            }
        }
    }

    /** An Ingress or an HTTPRoute per console, with a Certificate from the platform CA when cert-manager is planned. */
    private static void consoles(RenderContext ctx, FileTree.Builder out) {
        if (ctx.plan().domain() == null) {
            return;
        }
        // Certificates are written even when nothing exposes the consoles: Keycloak serves TLS with its own.
        Optional<Component> ingress = ConsoleIngress.of(ctx);
        Map<String, String> ingressVars = ingress.map(c -> RenderDataLoader.of(c.id()).vars()).orElse(Map.of());
        String ingressClass = ingressVars.get("ingressClass");
        String gateway = ingressVars.get("gateway");
        Variables variables = new Variables(ctx);
        String issuer = variables.defined("clusterIssuer") ? variables.resolve("clusterIssuer", "platform") : null;
        List<String> files = new ArrayList<>();
        for (PlannedComponent p : ctx.inCluster()) {
            Component c = ctx.component(p.id());
            if (c.console() == null) {
                continue;
            }
            String host = ctx.host(c.id()).orElseThrow();
            String secret = c.id() + "-tls";
            List<Object> documents = new ArrayList<>();
            if (issuer != null) {
                Map<String, Object> cert = K8s.object("cert-manager.io/v1", "Certificate", c.id() + "-console", p.namespace());
                cert.put("spec", K8s.map("secretName", secret, "dnsNames", List.of(host),
                        "issuerRef", K8s.map("kind", "ClusterIssuer", "name", issuer), "privateKey", K8s.map("rotationPolicy", "Always")));
                documents.add(cert);
            }
            boolean ownIngress = "chart".equals(RenderDataLoader.of(c.id()).vars().get("consoleIngress"));
            if (!ownIngress && ingress.isPresent()) {
                documents.add(ingressClass != null ? ingressObject(c, p, host, secret, ingressClass, ingressVars, issuer != null)
                        : route(c, p, host, gateway));
            }
            if (documents.isEmpty()) {
                continue;
            }
            String file = c.id() + ".yaml";
            out.put("platform/ingress/" + file, Yaml.documents(c.name() + " console at https://" + host, documents));
            files.add(file);
        }
        if (!files.isEmpty()) {
            out.put("platform/ingress/kustomization.yaml", K8s.kustomization(files));
        }
    }

    private static Map<String, Object> ingressObject(Component c, PlannedComponent p, String host, String secret, String ingressClass,
            Map<String, String> ingressVars, boolean tls) {
        Map<String, Object> ing = K8s.object("networking.k8s.io/v1", "Ingress", c.id() + "-console", p.namespace());
        String backendProtocol = RenderDataLoader.of(c.id()).vars().get("consoleProtocol");
        String annotationKey = ingressVars.get("backendProtocolAnnotation");
        if (backendProtocol != null && annotationKey != null) {
            K8s.metadata(ing).put("annotations", K8s.map(annotationKey, backendProtocol));
        }
        Map<String, Object> backend = K8s.map("service", K8s.map("name", c.console().service(), "port", K8s.map("number", c.console().port())));
        Map<String, Object> path = K8s.map("path", c.console().path() == null ? "/" : c.console().path(), "pathType", "Prefix", "backend", backend);
        Map<String, Object> spec = K8s.map("ingressClassName", ingressClass,
                "rules", List.of(K8s.map("host", host, "http", K8s.map("paths", List.of(path)))));
        if (tls) {
            spec.put("tls", List.of(K8s.map("hosts", List.of(host), "secretName", secret)));
        }
        ing.put("spec", spec);
        return ing;
    }

    private static Map<String, Object> route(Component c, PlannedComponent p, String host, String gateway) {
        String[] ref = gateway.split("/");
        Map<String, Object> route = K8s.object("gateway.networking.k8s.io/v1", "HTTPRoute", c.id() + "-console", p.namespace());
        route.put("spec", K8s.map(
                "parentRefs", List.of(K8s.map("name", ref[1], "namespace", ref[0])),
                "hostnames", List.of(host),
                "rules", List.of(K8s.map("backendRefs", List.of(K8s.map("name", c.console().service(), "port", c.console().port()))))));
        return route;
    }
}
