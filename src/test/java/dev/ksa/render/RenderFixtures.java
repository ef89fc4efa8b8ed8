package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Plans of the repository's examples, and running a real tool on rendered files. */
final class RenderFixtures {
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final List<String> EXAMPLES = List.of("on-prem-full", "on-prem-minimal", "aws", "license-restricted");

    private RenderFixtures() {}

    static RenderContext context(String example) {
        Catalog catalog = Catalog.load();
        return new RenderContext(new Planner(catalog, DECEMBER_2026).plan(ProfileReader.read(Path.of("examples", example + ".yaml"))), catalog);
    }

    static FileTree render(String example) {
        RenderContext ctx = context(example);
        FileTree.Builder out = new FileTree.Builder();
        PolicyRenderer.render(ctx, out);
        MonitoringRenderer.render(ctx, out);
        return out.build();
    }

    static void write(FileTree tree, Path dir) throws IOException {
        for (var e : tree.files().entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    record Result(int exit, String output) {}

    static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", String.join(" ", command)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static List<String> args(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object o : parts) {
            if (o instanceof List<?> l) {
                l.forEach(x -> out.add(String.valueOf(x)));
            } else {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
