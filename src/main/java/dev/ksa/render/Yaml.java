package dev.ksa.render;

import dev.ksa.support.Documents;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deterministic YAML and JSON for generated files: map order as built (Kubernetes objects read
 * apiVersion, kind, metadata, spec), numbers-as-strings quoted, multi-line strings as blocks; JSON
 * keeps nulls (the lock file says a component has no namespace) with keys sorted.
 */
public final class Yaml {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private Yaml() {}

    public static String dump(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Several documents separated by {@code ---}, with an optional leading comment. */
    public static String documents(String comment, List<?> documents) {
        String body = documents.stream().map(Yaml::dump).collect(Collectors.joining("---\n"));
        return comment == null ? body : comment(comment) + body;
    }

    public static String comment(String text) {
        return text.lines().map(l -> l.isEmpty() ? "#" : "# " + l).collect(Collectors.joining("\n", "", "\n"));
    }

    public static String json(Object value) {
        try {
            return JSON.writer(Documents.printer()).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
