package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Upstream charts found under the {@code --charts} folders: every {@code Chart.yaml}, by name and version. */
final class ChartIndex {
    record Chart(String name, String version, Path directory) {
        Path values() {
            return directory.resolve("values.yaml");
        }

        Path schema() {
            return directory.resolve("values.schema.json");
        }
    }

    private final List<Chart> charts = new ArrayList<>();

    ChartIndex(List<Path> roots) {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                scan(root);
            }
        }
        charts.sort(Comparator.comparing((Chart c) -> c.directory().toString()));
    }

    private void scan(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return name.startsWith(".") && !dir.equals(root) || name.equals("templates") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().equals("Chart.yaml")) {
                        read(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path chartFile) {
        try {
            List<YamlDocuments.Document> documents = YamlDocuments.parse(Files.readString(chartFile));
            if (!documents.isEmpty()) {
                JsonNode root = documents.get(0).root();
                String name = root.path("name").asText("");
                if (!name.isEmpty()) {
                    charts.add(new Chart(name, root.path("version").asText(""), chartFile.getParent()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable Chart.yaml is not a chart we can check against.
        }
    }

    /** The chart of that name, preferring the same version ({@code v1.2.3} equals {@code 1.2.3}). */
    Optional<Chart> find(String name, String version) {
        String wanted = strip(version);
        return charts.stream().filter(c -> c.name().equals(name))
                .min(Comparator.comparing((Chart c) -> !strip(c.version()).equals(wanted)));
    }

    boolean isEmpty() {
        return charts.isEmpty();
    }

    private static String strip(String version) {
        return version == null ? "" : version.startsWith("v") ? version.substring(1) : version;
    }
}
