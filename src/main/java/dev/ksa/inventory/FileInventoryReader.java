package dev.ksa.inventory;

import dev.ksa.support.UserError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads manifests from files, directories (recursively: {@code *.yaml}, {@code *.yml},
 * {@code *.json}, in name order, hidden entries skipped) and stdin ({@code -}). JSON or YAML is
 * told from the first character. Documents that are not Kubernetes objects (a Helm
 * {@code values.yaml}) are skipped with a warning; broken YAML or JSON is an error naming the line.
 */
public final class FileInventoryReader {
    private final InputStream stdin;
    private final ObjectExtractor extractor = new ObjectExtractor();

    public FileInventoryReader(InputStream stdin) {
        this.stdin = stdin;
    }

    public Inventory read(List<String> paths) {
        Inventory inventory = new Inventory(String.join(", ", paths.stream().map(p -> p.equals("-") ? "<stdin>" : p).toList()), null);
        boolean stdinRead = false;
        for (String given : paths) {
            if (given.equals("-")) {
                if (stdinRead) {
                    throw new UserError("-f - is given twice; stdin can be read only once");
                }
                stdinRead = true;
                readStream(stdin, "<stdin>", inventory);
                continue;
            }
            Path path = Path.of(given);
            if (!Files.exists(path)) {
                throw new UserError(given + ": no such file or directory. Check the path given to -f");
            }
            if (Files.isDirectory(path)) {
                List<Path> files = manifests(path);
                if (files.isEmpty()) {
                    inventory.warn(given + ": no *.yaml, *.yml or *.json files in this directory");
                }
                for (Path file : files) {
                    readFile(file, display(given, path, file), inventory);
                }
            } else {
                readFile(path, given, inventory);
            }
        }
        return inventory;
    }

    private static String display(String given, Path dir, Path file) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        return given.endsWith("/") ? given + relative : given + "/" + relative;
    }

    static List<Path> manifests(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            walk.filter(p -> !hidden(dir, p)).filter(Files::isRegularFile).filter(FileInventoryReader::manifestName)
                    .forEach(files::add);
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UserError(dir + ": cannot list the directory: " + e.getMessage());
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean manifestName(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private void readFile(Path file, String name, Inventory inventory) {
        try (InputStream in = Files.newInputStream(file)) {
            readStream(in, name, inventory);
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file. Check the path given to -f");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        }
    }

    private void readStream(InputStream raw, String name, Inventory inventory) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            skipByteOrderMark(in);
            boolean json = startsWithJson(in);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            int[] skipped = {0};
            int[] firstSkipped = {0};
            ObjectSink sink = (node, line) -> {
                KubeObject object = extractor.extract(node, ref -> Location.file(name, line));
                if (object == null) {
                    if (skipped[0]++ == 0) {
                        firstSkipped[0] = line;
                    }
                } else {
                    inventory.add(object);
                }
            };
            if (json) {
                JsonObjectReader.read(reader, name, sink);
            } else {
                YamlObjectReader.read(reader, name, sink);
            }
            if (skipped[0] > 0) {
                inventory.warn(name + ":" + firstSkipped[0] + ": skipped " + skipped[0]
                        + (skipped[0] == 1 ? " document" : " documents") + " without apiVersion and kind (not Kubernetes objects)");
            }
        } catch (UncheckedIOException e) {
            throw new UserError(name + ": cannot read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage());
        }
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    /** Whether the first non-blank character opens a JSON object or array. */
    private static boolean startsWithJson(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        try {
            int b;
            int read = 0;
            while ((b = in.read()) != -1 && read++ < (1 << 16) - 1) {
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    continue;
                }
                return b == '{' || b == '[';
            }
            return false;
        } finally {
            in.reset();
        }
    }
}
