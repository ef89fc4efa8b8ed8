package dev.ksa.report;

import dev.ksa.testing.GoldenFiles;
import java.nio.file.Path;

/** The audit's golden files, under {@code src/test/resources/audit/golden/<case>/}. */
public final class Golden {
    public static final Path ROOT = Path.of("src/test/resources/audit/golden");

    private Golden() {}

    public static void check(String name, String actual, String testClass) {
        GoldenFiles.check(ROOT, name, actual, testClass);
    }
}
