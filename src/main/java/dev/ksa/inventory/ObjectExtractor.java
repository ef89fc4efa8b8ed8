package dev.ksa.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one parsed object into a {@link KubeObject}, keeping only what detection and the rules
 * read. The same extractor serves files and live clusters, so both give the same inventory.
 */
public final class ObjectExtractor {
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    /**
     * Kinds that hold a pod template, with the API groups that serve them: {@code v1 Deployment}
     * is no Deployment (the API server refuses it), so it is not read as a workload either.
     */
    private static final Map<String, Set<String>> POD_HOLDERS = Map.of(
            "Deployment", Set.of("apps", "extensions"), "StatefulSet", Set.of("apps"),
            "DaemonSet", Set.of("apps", "extensions"), "ReplicaSet", Set.of("apps", "extensions"),
            "ReplicationController", Set.of(""), "Job", Set.of("batch"));
    private static final JsonFactory JSON = new JsonFactory();

    private final Interner interner = new Interner();
    private final PodSpecReader pods = new PodSpecReader(interner);

    /**
     * @return the object, or null when the node is not a Kubernetes object (no apiVersion or kind)
     */
    public KubeObject extract(JsonNode node, Function<ObjectRef, Location> location) {
        String apiVersion = Fields.text(node, "apiVersion");
        String kind = Fields.text(node, "kind");
        String name = Fields.text(node, "metadata", "name");
        if (apiVersion == null || kind == null || apiVersion.isBlank() || kind.isBlank()) {
            return null;
        }
        if (name == null) {
            name = Fields.text(node, "metadata", "generateName");
        }
        ObjectRef ref = new ObjectRef(interner.intern(apiVersion), interner.intern(kind),
                interner.intern(Fields.text(node, "metadata", "namespace")), name == null ? "" : name);
        Map<String, String> labels = strings(Fields.at(node, "metadata", "labels"));
        JsonNode annotationNode = Fields.at(node, "metadata", "annotations");
        Map<String, String> annotations = new HashMap<>();
        if (annotationNode != null && annotationNode.isObject()) {
            annotationNode.fields().forEachRemaining(e -> {
                if (KubeObject.kept(e.getKey()) && !e.getValue().isContainerNode() && !e.getValue().isNull()) {
                    annotations.put(interner.intern(e.getKey()), interner.intern(e.getValue().asText()));
                }
            });
        }
        String applied = appliedApiVersion(Fields.text(annotationNode, LAST_APPLIED));
        List<Owner> owners = new ArrayList<>();
        for (JsonNode o : Fields.array(node, "metadata", "ownerReferences")) {
            owners.add(new Owner(interner.intern(Fields.text(o, "apiVersion")), interner.intern(Fields.text(o, "kind")),
                    Fields.text(o, "name"), Fields.bool(o, "controller")));
        }
        List<ImageUse> images = new ArrayList<>();
        Details details = details(ref, node, labels, annotations, images);
        if (images.isEmpty() && !builtinGroup(ref.group())) {
            scanImages(Fields.at(node, "spec"), "spec", images, 0);
        }
        List<FieldProblem> problems = new ArrayList<>(RequiredFields.problems(ref.group(), ref.kind(), node));
        problems.addAll(LabelSyntax.problems("metadata.labels", Fields.at(node, "metadata", "labels")));
        problems.addAll(LabelSyntax.problems("spec.template.metadata.labels", Fields.at(node, "spec", "template", "metadata", "labels")));
        return new KubeObject(ref, labels, Map.copyOf(annotations), owners, images, details,
                applied == null || applied.equals(apiVersion) ? null : interner.intern(applied), location.apply(ref), problems);
    }

    private Details details(ObjectRef ref, JsonNode node, Map<String, String> labels, Map<String, String> annotations,
            List<ImageUse> images) {
        String group = ref.group();
        String kind = ref.kind();
        boolean core = group.isEmpty();
        if (core && kind.equals("Pod")) {
            PodSpec pod = pods.read(Fields.at(node, "spec"), labels, "spec", images);
            return new Details.Workload(null, null, pod, null, List.of(), interner.intern(Fields.text(node, "status", "phase")));
        }
        if (POD_HOLDERS.getOrDefault(kind, Set.of()).contains(group)) {
            return workload(node, Fields.at(node, "spec"), "spec", kind, images);
        }
        if (group.equals("batch") && kind.equals("CronJob")) {
            return workload(node, Fields.at(node, "spec", "jobTemplate", "spec"), "spec.jobTemplate.spec", kind, images);
        }
        if (core && kind.equals("Service")) {
            return new Details.Service(interner.intern(orDefault(Fields.text(node, "spec", "type"), "ClusterIP")),
                    strings(Fields.at(node, "spec", "selector")), interner.intern(Fields.text(node, "spec", "clusterIP")),
                    Fields.present(node, "status"), Fields.at(node, "status", "loadBalancer", "ingress") != null
                            && Fields.at(node, "status", "loadBalancer", "ingress").size() > 0);
        }
        if (core && kind.equals("PersistentVolumeClaim")) {
            return new Details.Claim(interner.intern(Fields.text(node, "spec", "storageClassName")),
                    interner.intern(Fields.text(node, "status", "phase")));
        }
        if (core && kind.equals("Secret")) {
            return new Details.Secret(interner.intern(Fields.text(node, "type")));
        }
        if (core && kind.equals("Node")) {
            return node(node);
        }
        if (group.equals("autoscaling") && kind.equals("HorizontalPodAutoscaler")) {
            return autoscaler(node);
        }
        if ((group.equals("networking.k8s.io") || group.equals("extensions")) && kind.equals("Ingress")) {
            return ingress(node);
        }
        if (group.equals("policy") && kind.equals("PodDisruptionBudget")) {
            return new Details.DisruptionBudget(selector(Fields.at(node, "spec", "selector")));
        }
        if (group.equals("apiextensions.k8s.io") && kind.equals("CustomResourceDefinition")) {
            String crdGroup = Fields.text(node, "spec", "group");
            if (crdGroup == null && ref.name().contains(".")) {
                crdGroup = ref.name().substring(ref.name().indexOf('.') + 1);
            }
            return new Details.CustomResourceDefinition(interner.intern(crdGroup));
        }
        if (group.equals("storage.k8s.io") && kind.equals("StorageClass")) {
            boolean isDefault = "true".equals(annotations.get("storageclass.kubernetes.io/is-default-class"))
                    || "true".equals(annotations.get("storageclass.beta.kubernetes.io/is-default-class"));
            return new Details.StorageClass(isDefault, interner.intern(Fields.text(node, "provisioner")));
        }
        return Details.None.INSTANCE;
    }

    private Details workload(JsonNode node, JsonNode spec, String path, String kind, List<ImageUse> images) {
        JsonNode template = Fields.at(spec, "template");
        PodSpec pod = pods.read(Fields.at(template, "spec"), strings(Fields.at(template, "metadata", "labels")),
                path + ".template.spec", images);
        JsonNode selectorNode = Fields.at(spec, "selector");
        LabelSelector selector = kind.equals("ReplicationController") ? LabelSelector.of(strings(selectorNode)) : selector(selectorNode);
        List<Details.ClaimTemplate> claims = new ArrayList<>();
        for (JsonNode c : Fields.array(spec, "volumeClaimTemplates")) {
            claims.add(new Details.ClaimTemplate(Fields.text(c, "metadata", "name"),
                    interner.intern(Fields.text(c, "spec", "storageClassName"))));
        }
        return new Details.Workload(Fields.integer(spec, "replicas"), selector, pod,
                interner.intern(Fields.text(spec, "serviceName")), claims, null);
    }

    /** The backend Services of an Ingress: {@code service.name} (networking.k8s.io/v1) or {@code serviceName} (v1beta1). */
    private Details ingress(JsonNode node) {
        java.util.Set<String> services = new java.util.TreeSet<>();
        backend(Fields.at(node, "spec", "defaultBackend"), services);
        backend(Fields.at(node, "spec", "backend"), services);
        for (JsonNode rule : Fields.array(node, "spec", "rules")) {
            for (JsonNode path : Fields.array(rule, "http", "paths")) {
                backend(Fields.at(path, "backend"), services);
            }
        }
        return new Details.Ingress(new ArrayList<>(services));
    }

    private void backend(JsonNode backend, java.util.Set<String> services) {
        String name = Fields.text(backend, "service", "name");
        if (name == null) {
            name = Fields.text(backend, "serviceName");
        }
        if (name != null && !name.isBlank()) {
            services.add(interner.intern(name));
        }
    }

    private Details autoscaler(JsonNode node) {
        Set<String> metrics = new HashSet<>();
        for (JsonNode m : Fields.array(node, "spec", "metrics")) {
            String type = Fields.text(m, "type");
            if ("Resource".equals(type)) {
                metrics.add(interner.intern(Fields.text(m, "resource", "name")));
            } else if ("ContainerResource".equals(type)) {
                metrics.add(interner.intern(Fields.text(m, "containerResource", "name")));
            }
        }
        if (Fields.present(node, "spec", "targetCPUUtilizationPercentage")
                || (!Fields.present(node, "spec", "metrics") && Fields.present(node, "spec"))) {
            metrics.add("cpu"); // autoscaling/v1, or v2 without metrics: the 80% CPU default
        }
        metrics.remove(null);
        return new Details.Autoscaler(interner.intern(Fields.text(node, "spec", "scaleTargetRef", "apiVersion")),
                interner.intern(Fields.text(node, "spec", "scaleTargetRef", "kind")),
                Fields.text(node, "spec", "scaleTargetRef", "name"), Fields.integer(node, "spec", "minReplicas"), metrics);
    }

    private Details node(JsonNode node) {
        List<Details.Taint> taints = new ArrayList<>();
        for (JsonNode t : Fields.array(node, "spec", "taints")) {
            taints.add(new Details.Taint(interner.intern(Fields.text(t, "key")), interner.intern(Fields.text(t, "effect"))));
        }
        return new Details.Node(interner.intern(Fields.text(node, "status", "nodeInfo", "containerRuntimeVersion")),
                interner.intern(Fields.text(node, "status", "nodeInfo", "kubeletVersion")), taints);
    }

    private LabelSelector selector(JsonNode node) {
        return node == null ? null : LabelSelector.of(node, interner::intern);
    }

    private Map<String, String> strings(JsonNode node) {
        return Fields.strings(node, interner::intern);
    }

    /** Images named by {@code image} fields of a custom resource's spec (a Prometheus' {@code spec.image}). */
    private void scanImages(JsonNode node, String path, List<ImageUse> images, int depth) {
        if (node == null || depth > 8 || images.size() >= 32) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (e.getKey().equals("image") && v.isTextual() && !v.asText().isBlank()) {
                    images.add(new ImageUse(interner.intern(v.asText()), interner.intern(path + ".image")));
                } else if (v.isContainerNode()) {
                    scanImages(v, path + "." + e.getKey(), images, depth + 1);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scanImages(node.get(i), path + "[" + i + "]", images, depth + 1);
            }
        }
    }

    /** Kubernetes' own API groups: the core group, unqualified groups (apps, batch) and {@code *.k8s.io}. */
    static boolean builtinGroup(String group) {
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    /** The top-level apiVersion of a last-applied-configuration annotation, read without parsing the rest. */
    static String appliedApiVersion(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("apiVersion") && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
