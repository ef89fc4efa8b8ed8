package dev.ksa.cli;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Plan;
import dev.ksa.plan.Planner;
import dev.ksa.plan.WaveGraph;
import dev.ksa.support.Documents;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ksa plan PLATFORM.yaml}: the explained, ordered stack for a profile. Exit 0, or 1 when
 * the plan has a problem at least as severe as {@code --fail-on} (default: error), 2 for bad input.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Turn platform.yaml into an explained stack: components per category, why, alternatives, install waves, warnings and a capacity budget.")
public final class PlanCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLATFORM.yaml", description = "The platform profile (ksa init writes one), or - to read it from stdin.")
    String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Formats.Plan.class, completionCandidates = Formats.Plan.class,
            description = "table, json, yaml, mermaid or dot (the last two print the install DAG). Default: table.")
    String output = "table";

    @Option(names = "--lang", paramLabel = "ko|en", converter = CommonOptions.LangConverter.class, completionCandidates = CommonOptions.LangConverter.class,
            description = "Language of reasons and warnings (default: from the locale).")
    Lang lang;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
            description = "Exit 1 when the plan has a warning at least this severe: error (default), warning or info; 'none' never.")
    FailOn failOn = FailOn.ERROR;

    private final Clock clock;
    private final InputStream stdin;

    public PlanCommand() {
        this(Clock.systemDefaultZone(), System.in);
    }

    /** For tests: a fixed clock and a stdin. */
    PlanCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = Catalog.load();
        Plan plan = new Planner(catalog, clock).plan(ProfileSource.read(profile, stdin));
        Lang language = lang != null ? lang : Lang.fromLocale();
        out.print(switch (output) {
            case "json" -> Documents.json(PlanViews.document(plan, language));
            case "yaml" -> Documents.yaml(PlanViews.document(plan, language));
            case "mermaid" -> WaveGraph.mermaid(plan);
            case "dot" -> WaveGraph.dot(plan);
            default -> PlanViews.table(plan, catalog, language);
        });
        out.flush();
        boolean fails = plan.warnings().stream().anyMatch(w -> failOn.fails(w.severity().id()));
        return fails ? 1 : 0;
    }

}
