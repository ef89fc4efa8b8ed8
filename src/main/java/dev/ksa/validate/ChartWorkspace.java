package dev.ksa.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of upstream charts prepared to render the way Argo CD renders them ({@code helm template}),
 * with two textual changes that helm-java's template call otherwise gets wrong:
 * <ul>
 * <li>{@code lookup} becomes {@code pick (dict)}, an empty map, which is what {@code helm template}
 *   (and so Argo CD) returns for it. helm-java would ask a real cluster instead; no render here ever
 *   reaches one.</li>
 * <li>{@code helm.sh/hook} annotations are renamed to {@link #HOOK_PREFIX}, so hook objects stay in
 *   the output (Argo CD runs them as sync hooks); {@link ChartRendering} names them back.</li>
 * </ul>
 * Value files handed to a render go through the same renaming. Everything lives in one temporary
 * directory that {@link #close()} removes.
 */
final class ChartWorkspace implements AutoCloseable {
    static final String HOOK_PREFIX = "ksa.dev/helm-hook";
    private static final Pattern ACTION = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w.$-])lookup(?=\\s+[\"$(])");
    private static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    private final Path base;
    private final Map<Path, Path> copies = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();

    ChartWorkspace() {
        try {
            base = Files.createTempDirectory("ksa-charts-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prepared copy of a chart folder, made once. */
    Path prepare(Path chart) {
        return copies.computeIfAbsent(chart.toAbsolutePath().normalize(), source -> {
            Path target = base.resolve("chart-" + counter.incrementAndGet() + "-" + source.getFileName());
            try {
                copy(source, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return target;
        });
    }

    /** A values file renamed the same way, for a render. */
    Path values(Path file) throws IOException {
        Path target = base.resolve("values-" + counter.incrementAndGet() + ".yaml");
        Files.writeString(target, rewriteValues(Files.readString(file)));
        return target;
    }

    Path valuesText(String text) throws IOException {
        Path target = base.resolve("values-" + counter.incrementAndGet() + ".yaml");
        Files.writeString(target, rewriteValues(text));
        return target;
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.sorted().toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (Files.isRegularFile(from)) {
                    String text = Files.size(from) <= MAX_TEXT_BYTES ? utf8(Files.readAllBytes(from)) : null;
                    if (text == null) {
                        Files.copy(from, to);
                    } else {
                        Files.writeString(to, rewriteTemplate(text));
                    }
                }
            }
        }
    }

    /** Hook annotations renamed everywhere; {@code lookup} replaced inside template actions only. */
    static String rewriteTemplate(String text) {
        String renamed = text.replace("helm.sh/hook", HOOK_PREFIX);
        if (!renamed.contains("lookup")) {
            return renamed;
        }
        Matcher action = ACTION.matcher(renamed);
        StringBuilder out = new StringBuilder(renamed.length());
        while (action.find()) {
            action.appendReplacement(out, Matcher.quoteReplacement(LOOKUP.matcher(action.group()).replaceAll("pick (dict)")));
        }
        action.appendTail(out);
        return out.toString();
    }

    static String rewriteValues(String text) {
        return text.replace("helm.sh/hook", HOOK_PREFIX);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            dev.ksa.support.Folders.delete(base);
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the validation for
        }
    }

}
