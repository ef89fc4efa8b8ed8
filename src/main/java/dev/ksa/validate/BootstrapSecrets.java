package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Secrets the bootstrap creates before Argo CD syncs, as {@code bootstrap/secrets.yaml} lists them
 * (the file the bootstrap script reads): name, namespaces and keys. References to them need no
 * manifest; the values never appear in the repository.
 */
final class BootstrapSecrets {
    static final String FILE = "bootstrap/secrets.yaml";

    /** One Secret: its name, the namespaces it is created in, its keys, the values given literally (not generated), and the line that lists it. */
    record Entry(String name, List<String> namespaces, Set<String> keys, java.util.Map<String, String> values, int line) {}

    private BootstrapSecrets() {}

    static List<Entry> read(List<SourceFile> files) {
        List<Entry> out = new ArrayList<>();
        for (SourceFile file : files) {
            if (!file.path().equals(FILE)) {
                continue;
            }
            for (YamlDocuments.Document document : file.documents()) {
                JsonNode secrets = document.root().path("secrets");
                for (int i = 0; i < secrets.size(); i++) {
                    JsonNode secret = secrets.get(i);
                    List<String> namespaces = new ArrayList<>();
                    if (secret.hasNonNull("namespace")) {
                        namespaces.add(secret.path("namespace").asText());
                    }
                    secret.path("namespaces").forEach(n -> namespaces.add(n.asText()));
                    Set<String> keys = new LinkedHashSet<>();
                    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
                    for (Iterator<String> names = secret.path("keys").fieldNames(); names.hasNext(); ) {
                        String key = names.next();
                        keys.add(key);
                        JsonNode value = secret.path("keys").path(key).path("value");
                        if (value.isValueNode()) {
                            values.put(key, value.asText());
                        }
                    }
                    out.add(new Entry(secret.path("name").asText(""), namespaces, keys, values, document.lineOf("/secrets/" + i)));
                }
            }
        }
        return out;
    }
}
