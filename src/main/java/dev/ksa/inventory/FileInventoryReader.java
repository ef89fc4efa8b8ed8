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
 * A folder holding a {@code Chart.yaml} is a Helm chart: its {@code templates/} are Go templates,
 * not manifests, so they are left out with one warning saying how to render them, while its
 * other files ({@code crds/}, which Helm applies as they are) are read, each whole or, when it
 * does not parse (a file the templates read), skipped with a warning.
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
                List<Path> charts = HelmCharts.roots(path, files);
                if (!charts.isEmpty()) {
                    files = files.stream().filter(f -> !HelmCharts.template(charts, f)).toList();
                    for (Path chart : charts) {
                        inventory.warn(display(given, path, chart) + ": a Helm chart; its templates were not audited."
                                + " Render it first: helm template NAME " + display(given, path, chart) + " | ksa audit -f -");
                    }
                }
                if (files.isEmpty() && charts.isEmpty()) {
                    inventory.warn(given + ": no *.yaml, *.yml or *.json files in this directory");
                }
                for (Path file : files) {
                    if (charts.stream().anyMatch(file::startsWith)) {
                        readChartFile(file, display(given, path, file), inventory);
                    } else {
                        readFile(file, display(given, path, file), inventory);
                    }
                }
            } else {
                readFile(path, given, inventory);
            }
        }
        return inventory;
    }

    private static String display(String given, Path dir, Path file) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        if (relative.isEmpty()) {
            return given;
        }
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

    /**
     * A file of a chart outside its templates (crds/, files/ the templates read, rendered examples):
     * read whole or not at all, since a file the templates read may itself be a template.
     */
    private void readChartFile(Path file, String name, Inventory inventory) {
        Inventory scratch = new Inventory(name, null);
        try {
            readFile(file, name, scratch);
        } catch (UserError e) {
            inventory.warn(e.getMessage().replaceFirst("\\. Fix .*$", "") + "; skipped (a file of a Helm chart that is not a manifest)");
            return;
        }
        scratch.objects().forEach(inventory::add);
        scratch.warnings().forEach(inventory::warn);
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

    /** Whether the first non-blank character opens a JSON object or array (and not a {@code {{ template }}}). */
    private static boolean startsWithJson(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        try {
            int b;
            int read = 0;
            while ((b = in.read()) != -1 && read++ < (1 << 16) - 1) {
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    continue;
                }
                // "{{" opens a Go template (a Helm chart's), not JSON: the YAML reader's error says to render it.
                return (b == '{' && in.read() != '{') || b == '[';
            }
            return false;
        } finally {
            in.reset();
        }
    }
}
