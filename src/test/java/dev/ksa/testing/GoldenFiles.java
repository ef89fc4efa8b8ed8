package dev.ksa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: a missing or different expected file fails
 * with the command that regenerates it ({@code -Dgolden.update=true}).
 */
public final class GoldenFiles {
    public static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenFiles() {}

    public static void check(String name, String actual, Class<?> testClass) {
        check(ROOT, name, actual, testClass.getSimpleName());
    }

    /** As {@link #check(String, String, Class)} under another root; {@code testFilter} is what -Dtest= takes. */
    public static void check(Path root, String name, String actual, String testFilter) {
        Path expected = root.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            String regenerate = "./mvnw test -Dgolden.update=true -Dtest=" + testFilter;
            assertThat(expected).as("golden file %s is missing; create it with: %s", expected, regenerate).isRegularFile();
            assertThat(actual).as("%s differs; if the change is intended: %s", expected, regenerate)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
