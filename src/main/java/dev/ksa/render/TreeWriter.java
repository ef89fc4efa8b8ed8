package dev.ksa.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ksa.support.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Puts a {@link FileTree} on disk, safely. A new directory is written whole into a temporary
 * sibling and renamed into place. An existing one is checked first against {@code .ksa/manifest.json}
 * (the hash of every file ksa last wrote there): a file edited by hand since, or one ksa did not write,
 * is never overwritten without {@code force}; then every file is staged in {@code .ksa/} and moved
 * into place, files ksa wrote before and no longer generates are removed, and the manifest is
 * written last. Nothing is touched when a check fails.
 */
public final class TreeWriter {
    static final String MANIFEST = ".ksa/manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a write did; {@code edited} lists hand-edited files that were overwritten (force) or kept. */
    public record Result(int written, int unchanged, int removed, List<String> edited) {}

    private TreeWriter() {}

    public static Result write(FileTree tree, Path dir, boolean force) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UserError(dir + ": exists and is not a directory. Give -d a directory");
            }
            if (!Files.exists(dir) || isEmpty(dir)) {
                return writeNew(tree, dir);
            }
            return update(tree, dir, force);
        } catch (IOException e) {
            throw UserError.environment(dir + ": cannot write: " + e.getMessage() + ". Check the permissions and free space");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Result writeNew(FileTree tree, Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".ksa-");
        try {
            for (Map.Entry<String, String> f : tree.files().entrySet()) {
                writeFile(staging.resolve(f.getKey()), f.getValue());
            }
            writeFile(staging.resolve(MANIFEST), manifest(tree));
            if (Files.exists(dir)) {
                Files.delete(dir);
            }
            move(staging, dir);
        } finally {
            deleteTree(staging);
        }
        return new Result(tree.files().size(), 0, 0, List.of());
    }

    private static Result update(FileTree tree, Path dir, boolean force) throws IOException {
        Map<String, String> previous = readManifest(dir);
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, String> f : tree.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            if (!Files.isRegularFile(target)) {
                continue;
            }
            String current = sha256(Files.readAllBytes(target));
            boolean same = current.equals(sha256(f.getValue().getBytes(StandardCharsets.UTF_8)));
            String known = previous.get(f.getKey());
            if (!same && (known == null || !known.equals(current))) {
                conflicts.add(f.getKey());
            }
        }
        List<String> stale = new ArrayList<>();
        List<String> editedStale = new ArrayList<>();
        for (Map.Entry<String, String> old : previous.entrySet()) {
            if (tree.files().containsKey(old.getKey())) {
                continue;
            }
            Path target = dir.resolve(old.getKey());
            if (Files.isRegularFile(target)) {
                if (sha256(Files.readAllBytes(target)).equals(old.getValue())) {
                    stale.add(old.getKey());
                } else {
                    editedStale.add(old.getKey());
                }
            }
        }
        if (!conflicts.isEmpty() && !force) {
            throw new UserError(dir + ": " + conflicts.size() + " file(s) changed by hand since ksa generated them, or not written by ksa: "
                    + String.join(", ", conflicts.subList(0, Math.min(10, conflicts.size()))) + (conflicts.size() > 10 ? ", ..." : "")
                    + ". Nothing was written. Move the change into platform.yaml, or rerun with --force to overwrite them");
        }
        Path staging = Files.createDirectories(dir.resolve(".ksa")).resolve("staging");
        deleteTree(staging);
        int written = 0;
        int unchanged = 0;
        try {
            for (Map.Entry<String, String> f : tree.files().entrySet()) {
                Path target = dir.resolve(f.getKey());
                if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(f.getValue())) {
                    unchanged++;
                    continue;
                }
                writeFile(staging.resolve(f.getKey()), f.getValue());
                written++;
            }
            writeFile(staging.resolve(MANIFEST), manifest(tree));
            for (Map.Entry<String, String> f : tree.files().entrySet()) {
                Path staged = staging.resolve(f.getKey());
                if (Files.exists(staged)) {
                    Files.createDirectories(dir.resolve(f.getKey()).getParent());
                    move(staged, dir.resolve(f.getKey()));
                }
            }
            for (String path : stale) {
                Files.deleteIfExists(dir.resolve(path));
            }
            move(staging.resolve(MANIFEST), dir.resolve(MANIFEST));
        } finally {
            deleteTree(staging);
        }
        List<String> edited = new ArrayList<>(conflicts);
        edited.addAll(editedStale);
        return new Result(written, unchanged, stale.size(), edited);
    }

    private static Map<String, String> readManifest(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return hashes;
        }
        try {
            JsonNode files = JSON.readTree(file.toFile()).path("files");
            files.fields().forEachRemaining(e -> hashes.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            throw new UserError(file + ": not a ksa manifest (" + e.getMessage().lines().findFirst().orElse("") + "). Delete it and rerun with --force");
        }
        return hashes;
    }

    static String manifest(FileTree tree) {
        Map<String, Object> files = new TreeMap<>();
        tree.files().forEach((path, content) -> files.put(path, sha256(content.getBytes(StandardCharsets.UTF_8))));
        return Yaml.json(Map.of("generator", "ksa", "files", files));
    }

    private static void writeFile(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        if (path.getFileName().toString().endsWith(".sh")) {
            path.toFile().setExecutable(true, false);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
