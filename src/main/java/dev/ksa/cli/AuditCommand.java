package dev.ksa.cli;

import dev.ksa.audit.AuditResult;
import dev.ksa.audit.Auditor;
import dev.ksa.audit.RuleBook;
import dev.ksa.audit.RuleSettings;
import dev.ksa.audit.RuleSettingsFile;
import dev.ksa.audit.Versions;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.Lang;
import dev.ksa.inventory.ClusterConnection;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import dev.ksa.inventory.LiveInventoryReader;
import dev.ksa.report.Reports;
import dev.ksa.report.RuleList;
import dev.ksa.support.UserError;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ksa audit}: what runs in a cluster (or in manifests), measured against the standard
 * architecture. A thin shell: inventory, then {@link Auditor}, then a report. Exit 0; 1 when
 * {@code --fail-on} finds what it names or the score is below {@code --min-score}; 2 for bad
 * input; 3 when the cluster cannot be reached or nothing at all could be read.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a cluster or manifests against the standard architecture: components and versions, "
                + "coverage of the edition, end-of-life and deprecated APIs, pod security and rules from the Kubernetes guide.")
public final class AuditCommand implements Callable<Integer> {
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    @Spec CommandSpec spec;

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE_OR_DIR",
            description = "Manifests to audit: a file, a directory (recursive) or - for stdin. Repeatable.")
    List<String> files = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig of the cluster to audit (default: $KUBECONFIG, ~/.kube/config, in-cluster).")
    String kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context to audit (default: the current one).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Audit one namespace (cluster-scoped kinds such as Nodes and CRDs are still read). Default: all namespaces.")
    String namespace;

    @Option(names = {"-A", "--all-namespaces"}, description = "Audit every namespace (the default).")
    boolean allNamespaces;

    @Option(names = "--request-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up a list call that makes no progress for this long (30s, 2m, 500ms; 0: never). Default: 60s.")
    Duration requestTimeout;

    @Option(names = "--edition", paramLabel = "E", description = "Edition to measure against (default: the latest).")
    String edition;

    @Option(names = "--kubernetes-version", paramLabel = "VERSION",
            description = "Judge deprecated and removed APIs against this Kubernetes release (1.32 or v1.32.0), as Pluto's"
                    + " --target-versions does. Default: the cluster's, from its Nodes; for files, every removal is reported.")
    String kubernetesVersion;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
            description = "Exit 1 when a finding is at least this severe: error, warning, info or none (the default).")
    FailOn failOn = FailOn.NONE;

    @Option(names = "--min-score", paramLabel = "N", description = "Exit 1 when the score is below N (0-100).")
    Integer minScore;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = FormatConverter.class, completionCandidates = Formats.Audit.class,
            description = "Report format: table, json, yaml, md, html or sarif (default: table).")
    String output = "table";

    @Option(names = "--lang", paramLabel = "ko|en", converter = CommonOptions.LangConverter.class, completionCandidates = CommonOptions.LangConverter.class,
            description = "Language of the report (default: from the locale).")
    Lang lang;

    @Option(names = "--rules", description = "List the rules (id, severity, Pod Security level, the peers' equivalent checks) and exit.")
    boolean listRules;

    @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off by id (repeatable, or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a rule's severity, e.g. image-tag-latest=error (repeatable).")
    List<String> severity = new ArrayList<>();

    @Option(names = "--rules-config", paramLabel = "FILE",
            description = "YAML with 'disable: [ids]', 'severity: {id: level}' and 'exempt: [{rules, namespaces, objects}]'; options given on the command line win.")
    Path rulesConfig;

    /** Reaches a cluster: kubeconfig, context and request timeout in, an open client out. */
    @FunctionalInterface
    interface Connector {
        ClusterConnection.Connected connect(String kubeconfig, String context, Duration requestTimeout);
    }

    private final Supplier<Catalog> catalogs;
    private final Clock clock;
    private final InputStream stdin;
    private final Connector connector;

    public AuditCommand() {
        this(Catalog::load, Clock.systemDefaultZone(), System.in, (Connector) ClusterConnection::connect);
    }

    /** For tests: a catalog, a fixed clock, a stdin and a way to reach a (mock) cluster. */
    AuditCommand(Supplier<Catalog> catalogs, Clock clock, InputStream stdin,
            BiFunction<String, String, ClusterConnection.Connected> connector) {
        this(catalogs, clock, stdin, (Connector) (kubeconfig, context, timeout) -> connector.apply(kubeconfig, context));
    }

    AuditCommand(Supplier<Catalog> catalogs, Clock clock, InputStream stdin, Connector connector) {
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
        Lang language = lang != null ? lang : Lang.fromLocale();
        if (listRules) {
            out.print(RuleList.render(RuleBook.load(), output, language));
            out.flush();
            return 0;
        }
        checkOptions();
        Catalog catalog = catalogs.get();
        Edition chosen = edition == null ? catalog.latestEdition() : catalog.edition(edition);
        RuleSettings settings = (rulesConfig == null ? RuleSettings.none() : RuleSettingsFile.read(rulesConfig))
                .then(RuleSettings.fromOptions(disable, severity));
        String target = kubernetesVersion == null ? null : Versions.kubernetes(kubernetesVersion);
        Auditor auditor = new Auditor(catalog, RuleBook.load(), settings, clock, target);
        Inventory inventory = files.isEmpty() ? readCluster(err) : new FileInventoryReader(stdin).read(files);
        if (namespace != null && files.size() > 0) {
            inventory = inventory.inNamespace(namespace);
        }
        inventory.warnings().forEach(w -> err.println("ksa: warning: " + w));
        err.flush();
        if (inventory.objects().isEmpty()) {
            throw UserError.environment("nothing could be read from " + inventory.source() + ": " + nothingRead(inventory)
                    + ". An audit of nothing cannot pass");
        }
        AuditResult result = auditor.audit(inventory, chosen);
        out.print(Reports.render(output, result, catalog, language));
        out.flush();
        boolean failed = result.findings().stream().anyMatch(f -> failOn.fails(f.severity().id()));
        if (minScore != null && result.score().total() < minScore) {
            err.println("ksa: the score " + result.score().total() + " is below --min-score " + minScore
                    + (result.score().partial() ? " (a partial score: some kinds could not be read)" : ""));
            err.flush();
            failed = true;
        }
        return failed ? 1 : 0;
    }

    private void checkOptions() {
        if (!files.isEmpty() && (kubeconfig != null || context != null)) {
            throw new UserError("give either -f FILE_OR_DIR (manifests) or --kubeconfig/--context (a cluster), not both");
        }
        if (namespace != null && allNamespaces) {
            throw new UserError("give either -n/--namespace NS or -A/--all-namespaces, not both");
        }
        if (namespace != null && !NAMESPACE.matcher(namespace).matches()) {
            throw new UserError("--namespace " + namespace + ": not a namespace name (lower-case letters, digits and '-', at most 63)");
        }
        if (kubernetesVersion != null && (!Versions.isVersion(kubernetesVersion) || !kubernetesVersion.matches("v?1\\.\\d+(\\.\\d+)?"))) {
            throw new UserError("--kubernetes-version " + kubernetesVersion + ": expected a Kubernetes release such as 1.32 or v1.32.0");
        }
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new UserError("--min-score " + minScore + ": expected a score from 0 to 100");
        }
    }

    private static String nothingRead(Inventory inventory) {
        if (!inventory.unreadable().isEmpty()) {
            return "every list was refused or failed (" + inventory.unreadable().size() + " kinds: "
                    + String.join(", ", inventory.unreadable().stream().map(u -> u.resource() + " " + u.reason()).distinct().limit(6).toList())
                    + (inventory.unreadable().size() > 6 ? ", ..." : "") + "). Check the permissions (deploy/audit-clusterrole.yaml)";
        }
        return "no Kubernetes objects (documents with apiVersion and kind) were found";
    }

    private Inventory readCluster(PrintWriter err) {
        Duration timeout = requestTimeout == null ? LiveInventoryReader.Options.DEFAULT_TIMEOUT
                : requestTimeout.isZero() ? Duration.ofDays(1) : requestTimeout;
        try (ClusterConnection.Connected cluster = connector.connect(kubeconfig, context, timeout)) {
            LiveProgress progress = new LiveProgress(err, cluster.context(), System.console() != null);
            try {
                return new LiveInventoryReader(cluster.client(), cluster.context(), progress,
                        new LiveInventoryReader.Options(namespace, timeout, 4)).read();
            } finally {
                progress.finish();
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

    /** kubectl's duration words: 500ms, 30s, 2m, 1h, or a plain number of seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d+)(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            var m = FORMAT.matcher(value.trim());
            if (!m.matches()) {
                throw new TypeConversionException("invalid duration '" + value + "' (use 500ms, 30s, 2m or 1h; 0 for no limit)");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }
}
