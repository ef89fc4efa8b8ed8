package dev.ksa.cli;

import dev.ksa.audit.AuditResult;
import dev.ksa.audit.Auditor;
import dev.ksa.audit.RuleBook;
import dev.ksa.audit.RuleSettings;
import dev.ksa.audit.RuleSettingsFile;
import dev.ksa.audit.Severity;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.Lang;
import dev.ksa.inventory.ClusterConnection;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import dev.ksa.inventory.LiveInventoryReader;
import dev.ksa.inventory.Progress;
import dev.ksa.report.Reports;
import dev.ksa.support.UserError;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ksa audit}: what runs in a cluster (or in manifests), measured against the standard
 * architecture. A thin shell: inventory, then {@link Auditor}, then a report. Exit 0, or 1 when
 * {@code --fail-on} finds what it names, 2 for bad input, 3 when the cluster cannot be reached.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a cluster or manifests against the standard architecture: components and versions, "
                + "coverage of the edition, end-of-life and deprecated APIs, and rules from the Kubernetes guide.")
public final class AuditCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE_OR_DIR",
            description = "Manifests to audit: a file, a directory (recursive) or - for stdin. Repeatable.")
    List<String> files = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig of the cluster to audit (default: $KUBECONFIG, ~/.kube/config, in-cluster).")
    String kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context to audit (default: the current one).")
    String context;

    @Option(names = "--edition", paramLabel = "E", description = "Edition to measure against (default: the latest).")
    String edition;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            description = "Exit 1 when a finding is at least this severe: error, warning or info.")
    Severity failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = FormatConverter.class, completionCandidates = Formats.Audit.class,
            description = "Report format: table, json, yaml, md, html or sarif (default: table).")
    String output = "table";

    @Option(names = "--lang", paramLabel = "ko|en", converter = CommonOptions.LangConverter.class, completionCandidates = CommonOptions.LangConverter.class,
            description = "Language of the report (default: from the locale).")
    Lang lang;

    @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off by id (repeatable, or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a rule's severity, e.g. image-tag-latest=error (repeatable).")
    List<String> severity = new ArrayList<>();

    @Option(names = "--rules-config", paramLabel = "FILE", description = "YAML with 'disable: [ids]' and 'severity: {id: level}'; options given on the command line win.")
    Path rulesConfig;

    private final Supplier<Catalog> catalogs;
    private final Clock clock;
    private final InputStream stdin;
    private final BiFunction<String, String, ClusterConnection.Connected> connector;

    public AuditCommand() {
        this(Catalog::load, Clock.systemDefaultZone(), System.in, ClusterConnection::connect);
    }

    /** For tests: a catalog, a fixed clock, a stdin and a way to reach a (mock) cluster. */
    AuditCommand(Supplier<Catalog> catalogs, Clock clock, InputStream stdin,
            BiFunction<String, String, ClusterConnection.Connected> connector) {
        this.catalogs = catalogs;
        this.clock = clock;
        this.stdin = stdin;
        this.connector = connector;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return audit(spec.commandLine().getOut(), err);
        } catch (UserError e) {
            err.println("ksa: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }

    private int audit(PrintWriter out, PrintWriter err) {
        if (!files.isEmpty() && (kubeconfig != null || context != null)) {
            throw new UserError("give either -f FILE_OR_DIR (manifests) or --kubeconfig/--context (a cluster), not both");
        }
        Catalog catalog = catalogs.get();
        Edition chosen = edition == null ? catalog.latestEdition() : catalog.edition(edition);
        RuleSettings settings = (rulesConfig == null ? RuleSettings.none() : RuleSettingsFile.read(rulesConfig))
                .then(RuleSettings.fromOptions(disable, severity));
        Auditor auditor = new Auditor(catalog, RuleBook.load(), settings, clock);
        Inventory inventory = files.isEmpty() ? readCluster(err) : new FileInventoryReader(stdin).read(files);
        inventory.warnings().forEach(w -> err.println("ksa: warning: " + w));
        err.flush();
        AuditResult result = auditor.audit(inventory, chosen);
        out.print(Reports.render(output, result, catalog, lang != null ? lang : Lang.fromLocale()));
        out.flush();
        return failOn != null && result.count(failOn) > 0 ? 1 : 0;
    }

    private Inventory readCluster(PrintWriter err) {
        try (ClusterConnection.Connected cluster = connector.apply(kubeconfig, context)) {
            return new LiveInventoryReader(cluster.client(), cluster.context(), progress(err, cluster.context())).read();
        }
    }

    /** A progress line on stderr once a read takes longer than two seconds, at most one a second. */
    private Progress progress(PrintWriter err, String name) {
        long start = System.nanoTime();
        long[] last = {0};
        return (resource, objects, done) -> {
            long now = System.nanoTime();
            if (now - start > 2_000_000_000L && (done || now - last[0] > 1_000_000_000L)) {
                err.println("ksa: reading cluster '" + name + "': " + resource + " " + objects + (done ? "" : "..."));
                err.flush();
                last[0] = now;
            }
        };
    }

    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!Reports.FORMATS.contains(v)) {
                throw new TypeConversionException("unknown output format '" + value + "' (use " + String.join(", ", Reports.FORMATS) + ")");
            }
            return v;
        }
    }
}
