package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.support.Documents;
import dev.ksa.support.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --rendered DIR}: the objects each Application creates, one multi-document YAML file per Application, for a person to read. */
final class RenderedOut {
    private RenderedOut() {}

    static void write(Platform platform, Path directory) {
        Map<String, List<JsonNode>> byOwner = new LinkedHashMap<>();
        for (PlatformObject object : platform.objects) {
            byOwner.computeIfAbsent(object.owner(), k -> new ArrayList<>()).add(object.body());
        }
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, List<JsonNode>> owner : byOwner.entrySet()) {
                StringBuilder out = new StringBuilder();
                for (JsonNode body : owner.getValue()) {
                    out.append("---\n").append(Documents.yaml(body));
                }
                Files.writeString(directory.resolve(owner.getKey() + ".yaml"), out.toString());
            }
        } catch (IOException e) {
            throw new UserError(directory + ": cannot write the rendered objects there (" + e.getMessage() + "). Give a writable directory");
        }
    }
}
