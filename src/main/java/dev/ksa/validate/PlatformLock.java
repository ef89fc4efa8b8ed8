package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code platform.lock.json} of a generated tree says about the platform the checks need: the
 * Kubernetes release the charts render for, the environment (what it provides), the air-gap mirror,
 * the planned components. A tree without one is validated for the default release, no environment
 * and no air gap, and the report says so.
 */
record PlatformLock(boolean present, String kubernetesVersion, String environment, Optional<String> airgapRegistry,
        Optional<String> airgapProject, Set<String> components) {
    static final String DEFAULT_KUBERNETES = "v1.34.2";

    static PlatformLock read(Path root) {
        Path file = root.resolve("platform.lock.json");
        if (!Files.isRegularFile(file)) {
            return new PlatformLock(false, DEFAULT_KUBERNETES, "", Optional.empty(), Optional.empty(), Set.of());
        }
        try {
            JsonNode lock = new ObjectMapper().readTree(file.toFile());
            Set<String> components = new LinkedHashSet<>();
            lock.path("components").forEach(c -> components.add(c.path("id").asText()));
            JsonNode airgap = lock.path("airgap");
            return new PlatformLock(true, lock.path("kubernetesVersion").asText(DEFAULT_KUBERNETES), lock.path("environment").asText(""),
                    Optional.ofNullable(airgap.path("registry").asText(null)), Optional.ofNullable(airgap.path("project").asText(null)), components);
        } catch (IOException e) {
            return new PlatformLock(false, DEFAULT_KUBERNETES, "", Optional.empty(), Optional.empty(), Set.of());
        }
    }

    boolean airgapped() {
        return airgapRegistry.isPresent();
    }
}
