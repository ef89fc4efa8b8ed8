package dev.ksa.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the real upstream data lives: {@code ../shared/upstream} beside the repository. */
public final class Upstream {
    private Upstream() {}

    public static Path root() {
        String configured = System.getProperty("ksa.upstream");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "upstream");
        return root.toAbsolutePath().normalize();
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    /** Upstream data is part of the checkout layout; in CI it must be there, locally a test may skip. */
    public static Path require(String relative) {
        Path p = path(relative);
        if (!Files.exists(p)) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("upstream data missing: " + p + " (the repository must sit beside shared/)");
            }
            Assumptions.abort("upstream data not found at " + p + "; skipping");
        }
        return p;
    }
}
