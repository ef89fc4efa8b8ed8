package dev.ksa.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The kinds Kubernetes serves in each built-in API group and version, as {@code audit/served-apis.yaml} lists them. */
record ServedApis(List<Group> groups) {
    private static volatile ServedApis shipped;

    /** One API group: its versions and the kinds each serves; {@code closed} when every kind and version is listed. */
    record Group(String group, boolean closed, Map<String, List<String>> served) {
        Group {
            served = served == null ? Map.of() : Map.copyOf(served);
        }

        boolean serves(String version, String kind) {
            return served.getOrDefault(version, List.of()).contains(kind);
        }

        boolean servesAnywhere(String kind) {
            return served.values().stream().anyMatch(kinds -> kinds.contains(kind));
        }
    }

    static ServedApis load() {
        ServedApis apis = shipped;
        if (apis == null) {
            try (InputStream in = ServedApis.class.getClassLoader().getResourceAsStream("audit/served-apis.yaml")) {
                apis = new ServedApis(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                        .readValue(in, new TypeReference<List<Group>>() {}));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("audit/served-apis.yaml is invalid: " + e.getMessage(), e);
            }
            shipped = apis;
        }
        return apis;
    }

    Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }

    /** The apiVersions that serve {@code kind} ({@code apps/v1}), in file order. */
    List<String> apiVersionsOf(String kind) {
        List<String> out = new ArrayList<>();
        for (Group g : groups) {
            new TreeSet<>(g.served().keySet()).forEach(version -> {
                if (g.serves(version, kind)) {
                    out.add(g.group().isEmpty() ? version : g.group() + "/" + version);
                }
            });
        }
        return out;
    }
}
