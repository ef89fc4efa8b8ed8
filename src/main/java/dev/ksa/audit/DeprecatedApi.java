package dev.ksa.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** A deprecated or removed Kubernetes API version, as {@code audit/deprecated-apis.yaml} lists it. */
public record DeprecatedApi(String apiVersion, List<String> kinds, String deprecatedIn, String removedIn, Text replacement) {

    private static volatile List<DeprecatedApi> shipped;

    public DeprecatedApi {
        kinds = kinds == null ? List.of("*") : List.copyOf(kinds);
    }

    public static List<DeprecatedApi> load() {
        List<DeprecatedApi> list = shipped;
        if (list == null) {
            try (InputStream in = DeprecatedApi.class.getClassLoader().getResourceAsStream("audit/deprecated-apis.yaml")) {
                list = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                        .readValue(in, new TypeReference<List<DeprecatedApi>>() {});
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("audit/deprecated-apis.yaml is invalid: " + e.getMessage(), e);
            }
            shipped = List.copyOf(list);
        }
        return list;
    }

    public boolean covers(String apiVersion, String kind) {
        return this.apiVersion.equals(apiVersion) && (kinds.contains("*") || kinds.contains(kind));
    }

    public static Optional<DeprecatedApi> find(List<DeprecatedApi> all, String apiVersion, String kind) {
        return all.stream().filter(d -> d.covers(apiVersion, kind)).findFirst();
    }
}
