package dev.ksa.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.catalog.Reference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What ksa validate knows about Kubernetes itself, as data ({@code validate/cluster.yaml},
 * {@code validate/references.yaml}): the API groups of configuration files that are not cluster
 * objects, the namespaces and objects every cluster has, and the references Kubernetes' own kinds make.
 */
record ClusterFacts(List<String> configGroups, List<String> namespaces, List<Known> everyNamespace, List<Known> objects, List<Reference> references,
        java.util.Map<String, List<String>> madeBy, List<String> noWorkloads, Selectable selectable, List<String> runtimeLabels) {

    ClusterFacts {
        configGroups = List.copyOf(configGroups);
        namespaces = List.copyOf(namespaces);
        everyNamespace = List.copyOf(everyNamespace);
        objects = List.copyOf(objects);
        references = List.copyOf(references);
        madeBy = madeBy == null ? java.util.Map.of() : java.util.Map.copyOf(madeBy);
        noWorkloads = noWorkloads == null ? List.of() : List.copyOf(noWorkloads);
        selectable = selectable == null ? new Selectable(null, null) : selectable;
        runtimeLabels = runtimeLabels == null ? List.of() : List.copyOf(runtimeLabels);
    }

    /** Pods and Services a selector may match that no manifest shows. */
    record Selectable(List<Labelled> pods, List<Labelled> services) {
        Selectable {
            pods = pods == null ? List.of() : List.copyOf(pods);
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    /** A pod or Service by namespace and labels (a Service also by name and port names). */
    record Labelled(String namespace, String name, java.util.Map<String, String> labels, List<String> ports) {
        Labelled {
            name = name == null ? "" : name;
            labels = labels == null ? java.util.Map.of() : java.util.Map.copyOf(labels);
            ports = ports == null ? List.of() : List.copyOf(ports);
        }
    }

    /** An object that exists without a manifest: {@code name} may end in {@code *}. */
    record Known(String group, String kind, String namespace, String name, List<String> keys, List<String> ports) {
        Known {
            group = group == null ? "" : group;
            namespace = namespace == null ? "" : namespace;
            keys = keys == null ? List.of() : List.copyOf(keys);
            ports = ports == null ? List.of() : List.copyOf(ports);
        }
    }

    private record Cluster(List<String> configGroups, List<String> namespaces, List<Known> everyNamespace, List<Known> objects,
            java.util.Map<String, List<String>> madeBy, List<String> noWorkloads, Selectable selectable, List<String> runtimeLabels) {}

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static ClusterFacts loaded;

    static synchronized ClusterFacts load() {
        if (loaded == null) {
            Cluster cluster = read("cluster.yaml", YAML.getTypeFactory().constructType(Cluster.class));
            List<Reference> references = read("references.yaml", YAML.getTypeFactory().constructCollectionType(List.class, Reference.class));
            loaded = new ClusterFacts(cluster.configGroups(), cluster.namespaces(), cluster.everyNamespace(), cluster.objects(), references,
                    cluster.madeBy(), cluster.noWorkloads(), cluster.selectable(), cluster.runtimeLabels());
        }
        return loaded;
    }

    /** The capabilities of the components that make objects of this kind ({@code Kind.group}), empty when anything may. */
    List<String> madeBy(String group, String kind) {
        return madeBy.getOrDefault(group.isEmpty() ? kind : kind + "." + group, List.of());
    }

    private static <T> T read(String name, com.fasterxml.jackson.databind.JavaType type) {
        try (InputStream in = ClusterFacts.class.getResourceAsStream("/validate/" + name)) {
            if (in == null) {
                throw new IllegalStateException("validate/" + name + " is missing from the jar");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
