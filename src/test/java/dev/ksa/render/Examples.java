package dev.ksa.render;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The repository's example profiles, planned on a fixed date and rendered, for render tests. */
final class Examples {
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final List<String> ALL = List.of("on-prem-minimal", "on-prem-full", "aws", "license-restricted");

    private Examples() {}

    static Plan plan(String example) {
        return new Planner(Catalog.load(), DECEMBER_2026).plan(ProfileReader.read(Path.of("examples", example + ".yaml")));
    }

    static FileTree tree(String example) {
        return new Renderer(Catalog.load()).render(plan(example), Lang.EN);
    }
}
