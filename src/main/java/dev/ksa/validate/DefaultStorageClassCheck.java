package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * At most one default StorageClass in a platform. A claim that names no class gets the default, and
 * with two defaults Kubernetes takes the newest, so the platform's volumes land on whichever storage
 * happened to sync last. Counted: the StorageClasses the Applications create with
 * {@code storageclass.kubernetes.io/is-default-class: "true"}, those an operator applies from a ConfigMap
 * (Longhorn's manager applies the one in its {@code longhorn-storageclass} ConfigMap), and the default a
 * new cluster of the environment already has ({@code defaultStorageClass} in catalog/environments.yaml).
 */
final class DefaultStorageClassCheck {
    static final String ANNOTATION = "storageclass.kubernetes.io/is-default-class";
    private static final ObjectMapper YAML = new YAMLMapper();

    private DefaultStorageClassCheck() {}

    /** A default StorageClass: its name, the object that makes it, and how (null: a manifest of its own). */
    record Default(String name, PlatformObject source, String via) {
        String describe() {
            return "StorageClass " + name + " (Application " + source.owner() + (via == null ? "" : ", " + via) + ")";
        }
    }

    static void run(Platform platform, PlatformLock lock, Catalog catalog, PlatformAssembly.Validation validation) {
        List<Default> defaults = defaults(platform);
        Optional<String> environmentDefault = environmentDefault(lock, catalog);
        if (environmentDefault.isPresent()) {
            for (Default d : defaults) {
                validation.problem(platform.problem(d.source(), d.name(), "storage-class-default", d.describe() + " is marked default, but a new " + lock.environment()
                        + " cluster already has default StorageClass " + environmentDefault.get() + "; a claim without a class gets whichever"
                        + " is newer. Keep one default: switch the mark off in the values (the platform's own claims name their class)"));
            }
            return;
        }
        for (int i = 1; i < defaults.size(); i++) {
            Default d = defaults.get(i);
            validation.problem(platform.problem(d.source(), d.name(), "storage-class-default", d.describe() + " is marked default, and so is " + defaults.get(0).describe()
                    + "; a claim without a class gets whichever is newer. Keep one default: switch the mark off in the values of all but one"));
        }
    }

    static List<Default> defaults(Platform platform) {
        List<Default> out = new ArrayList<>();
        for (PlatformObject object : platform.objects) {
            if (object.group().equals("storage.k8s.io") && object.kind().equals("StorageClass") && isDefault(object.body())) {
                out.add(new Default(object.name(), object, null));
            } else if (object.group().isEmpty() && object.kind().equals("ConfigMap")) {
                for (Map.Entry<String, JsonNode> data : object.body().path("data").properties()) {
                    carried(data.getValue().asText("")).filter(DefaultStorageClassCheck::isDefault).ifPresent(sc -> out.add(new Default(
                            sc.path("metadata").path("name").asText(""), object, "applied at run time from ConfigMap " + object.name() + " key " + data.getKey())));
                }
            }
        }
        return out;
    }

    /** A StorageClass manifest kept as text in a ConfigMap value, if the value is one. */
    private static Optional<JsonNode> carried(String text) {
        if (!text.contains("StorageClass")) {
            return Optional.empty();
        }
        try {
            JsonNode node = YAML.readTree(text);
            return node != null && node.path("kind").asText("").equals("StorageClass") ? Optional.of(node) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isDefault(JsonNode storageClass) {
        return storageClass.path("metadata").path("annotations").path(ANNOTATION).asText("").equals("true");
    }

    private static Optional<String> environmentDefault(PlatformLock lock, Catalog catalog) {
        if (lock.environment().isEmpty()) {
            return Optional.empty();
        }
        return catalog.environments().stream().filter(e -> e.id().equals(lock.environment())).findFirst().map(Environment::defaultStorageClass);
    }
}
