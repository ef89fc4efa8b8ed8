package dev.ksa.validate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real tool found on {@code PATH}: with a timeout, without network (proxies point at a
 * closed port), output captured. Remembers each tool's version and how often it ran.
 */
final class ToolRunner {
    /** What a run gave: exit code (-1 on timeout) and stdout+stderr. */
    record Run(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final Duration timeout;
    private final Map<String, Optional<Path>> found = new ConcurrentHashMap<>();
    private final Map<String, String> versions = new ConcurrentHashMap<>();
    private final Map<String, Integer> runs = new ConcurrentHashMap<>();

    ToolRunner(Duration timeout) {
        this.timeout = timeout;
    }

    Optional<Path> find(String tool) {
        return found.computeIfAbsent(tool, ToolRunner::onPath);
    }

    static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code tool args...} in {@code directory}; counts the run under {@code label} ("promtool"). */
    Run run(String label, Path directory, List<String> command) throws IOException, InterruptedException {
        Path executable = find(command.get(0)).orElseThrow(() -> new IOException(command.get(0) + " is not installed"));
        List<String> full = new ArrayList<>(command);
        full.set(0, executable.toString());
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        for (String proxy : List.of("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy")) {
            env.put(proxy, "http://127.0.0.1:9");
        }
        env.remove("NO_PROXY");
        env.remove("no_proxy");
        env.remove("KUBECONFIG");
        env.put("LANG", "C.UTF-8");
        Path output = Files.createTempFile("ksa-tool-", ".out");
        try {
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            runs.merge(label, 1, Integer::sum);
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return new Run(done ? process.exitValue() : -1, done ? text : text + "\n(timed out after " + timeout.toSeconds() + "s)");
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The tool's version line ("promtool 2.42.0"), asked once. */
    String version(String tool, List<String> command) {
        return versions.computeIfAbsent(tool, t -> {
            try {
                Run run = run("(version)", Path.of(".").toAbsolutePath(), command);
                runs.remove("(version)");
                String text = run.output();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("v?([0-9]+\\.[0-9]+\\.[0-9]+[^\\s,]*)").matcher(text);
                return m.find() ? m.group(1) : "";
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        });
    }

    int runs(String label) {
        return runs.getOrDefault(label, 0);
    }
}
