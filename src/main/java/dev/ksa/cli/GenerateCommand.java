package dev.ksa.cli;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.plan.PlanWarning;
import dev.ksa.plan.Planner;
import dev.ksa.render.FileTree;
import dev.ksa.render.Renderer;
import dev.ksa.render.TreeWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ksa generate PLATFORM.yaml -d DIR}: plan, render in memory, write atomically, then
 * validate. A plan with errors writes nothing (exit 1); files edited by hand are kept unless
 * {@code --force} (exit 2 naming them).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write the GitOps repository that builds the planned platform (Argo CD app of apps, wired Helm values, platform policies, alerts and dashboards), then validate it.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLATFORM.yaml", description = "The platform profile, or - to read it from stdin.")
    String profile;

    @Option(names = {"-d", "--dir"}, required = true, paramLabel = "DIR", description = "Directory of the GitOps repository to write (created if missing).")
    Path dir;

    @Option(names = "--force", description = "Overwrite files changed by hand since ksa last generated them.")
    boolean force;

    @Option(names = "--no-validate", description = "Do not run ksa validate on the result.")
    boolean noValidate;

    @Option(names = "--crds", paramLabel = "DIR", description = "CRDs to check the generated custom resources against, as for ksa validate (repeatable).")
    java.util.List<Path> crds = new java.util.ArrayList<>();

    @Option(names = "--manifests", paramLabel = "DIR", description = "Release manifests kept offline, for the validation's kustomizations, as for ksa validate (repeatable).")
    java.util.List<Path> manifests = new java.util.ArrayList<>();

    @Option(names = "--charts", paramLabel = "DIR", description = "Upstream charts to check the generated values against, as for ksa validate (repeatable).")
    java.util.List<Path> charts = new java.util.ArrayList<>();

    @Option(names = "--lang", paramLabel = "ko|en", converter = CommonOptions.LangConverter.class, completionCandidates = CommonOptions.LangConverter.class,
            description = "Language of the generated README (default: from the locale).")
    Lang lang;

    private final Clock clock;
    private final InputStream stdin;

    public GenerateCommand() {
        this(Clock.systemDefaultZone(), System.in);
    }

    /** For tests: a fixed clock and a stdin. */
    GenerateCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = Catalog.load();
        Plan plan = new Planner(catalog, clock).plan(ProfileSource.read(profile, stdin));
        Lang language = lang != null ? lang : Lang.fromLocale();
        if (plan.hasErrors()) {
            plan.warnings().stream().filter(w -> w.severity() == PlanWarning.Severity.ERROR)
                    .forEach(w -> err.println("ksa: " + profile + ": plan error " + w.code() + (w.component() == null ? "" : " " + w.component()) + ": " + w.message().in(language)));
            err.println("ksa: nothing was written; fix the plan first (ksa plan " + profile + ")");
            err.flush();
            return 1;
        }
        Renderer renderer = new Renderer(catalog);
        FileTree tree = renderer.render(plan, language);
        if (!charts.isEmpty()) {
            tree = renderer.render(plan, language, RenderedImages.of(tree, charts, manifests));
        }
        TreeWriter.Result result = TreeWriter.write(tree, dir, force);
        out.println("ksa: wrote " + dir + ": " + tree.files().size() + " files (" + result.written() + " written, " + result.unchanged() + " unchanged, "
                + result.removed() + " removed)");
        if (!result.edited().isEmpty()) {
            out.println("ksa: overwrote files changed by hand (--force): " + String.join(", ", result.edited()));
        }
        out.flush();
        return noValidate ? 0 : GenerateValidation.run(dir, crds, charts, manifests, out, err);
    }
}
