package dev.ksa.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Real tools a test runs (kubectl, promtool, amtool). In CI ({@code CI} set) a missing tool fails
 * the test, because {@code .ci/run} installs them; locally the test is skipped with a clear message.
 */
public final class Tools {
    private Tools() {}

    public static boolean installed(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Fails in CI, skips locally, when one of the tools is not on PATH. */
    public static void require(String... tools) {
        for (String tool : tools) {
            if (!installed(tool)) {
                String message = tool + " is not installed (Debian: " + packageOf(tool) + ")";
                if (System.getenv("CI") != null) {
                    throw new AssertionError(message + "; .ci/run must install it");
                }
                Assumptions.abort(message + "; skipping the test that runs it");
            }
        }
    }

    private static String packageOf(String tool) {
        return switch (tool) {
            case "promtool" -> "apt-get install prometheus";
            case "amtool" -> "apt-get install prometheus-alertmanager";
            case "kubectl" -> "apt-get install kubernetes-client";
            case "haproxy" -> "apt-get install haproxy";
            case "keepalived" -> "apt-get install keepalived";
            case "ansible-inventory" -> "apt-get install ansible";
            case "htpasswd" -> "apt-get install apache2-utils";
            case "chromium" -> "apt-get install chromium";
            case "chromedriver" -> "apt-get install chromium-driver";
            default -> "install " + tool;
        };
    }
}
