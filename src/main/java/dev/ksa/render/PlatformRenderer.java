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
    }

    private static void namespaces(RenderContext ctx, FileTree.Builder out) {
        Map<String, String> levels = new TreeMap<>();
        Map<String, List<String>> owners = new TreeMap<>();
        for (PlannedComponent p : ctx.inCluster()) {
            String namespace = p.namespace();
            if (namespace == null || namespace.equals("kube-system")) {
                continue;
            }
            String level = RenderDataLoader.of(p.id()).vars().getOrDefault("podSecurity", "baseline");
            levels.merge(namespace, level, (a, b) -> LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b);
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
            K8s.metadata(ns).put("labels", labels);
            K8s.metadata(ns).put("annotations", K8s.map("ksa.dev/components", String.join(",", owners.get(e.getKey()))));
            documents.add(ns);
        }
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
                List<Object> documents = m.resolved(ctx, variables, p.id());
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
        Optional<Component> ingress = ctx.provider("ingress");
        if (ingress.isEmpty() || ctx.plan().domain() == null) {
            return;
        }
        Map<String, String> ingressVars = RenderDataLoader.of(ingress.get().id()).vars();
        String ingressClass = ingressVars.get("ingressClass");
        String gateway = ingressVars.get("gateway");
        if (ingressClass == null && gateway == null) {
            return;
        }
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
            if (!ownIngress) {
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
