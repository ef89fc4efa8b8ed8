package dev.ksa.cli;

import dev.ksa.support.UserError;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code ksa} command: a thin shell over catalog, plan, render, validate and audit. */
@Command(name = "ksa", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = {"ksa - the Kubernetes Standard Architecture, as code.",
            "Choose, build, check and audit a Kubernetes platform against the yearly standard architecture."},
        subcommands = {CatalogCommand.class, InitCommand.class, PlanCommand.class, GenerateCommand.class, ValidateCommand.class, AuditCommand.class,
            VersionCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Internal errors (a bug in ksa), distinct from the documented 0/1/2/3. */
    static final int EXIT_INTERNAL = 70;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs ksa with the given streams; returns the exit code. Used by tests in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with a factory (tests give commands a fixed clock). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main, factory);
        // The launcher says how it was started: 'ksa', or 'kubectl ksa' as a kubectl plugin.
        cli.setCommandName(System.getProperty("ksa.program", "ksa"));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError user) {
                err.println("ksa: " + user.getMessage());
                return user.exitCode();
            }
            if (main.stacktrace) {
                e.printStackTrace(err);
            } else {
                err.println("ksa: internal error: " + e + " (this is a bug in ksa; rerun with --stacktrace and report it)");
            }
            return EXIT_INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            if (UsageErrors.missingCommand(e)) {
                e.getCommandLine().usage(err);
            } else {
                err.println("ksa: " + UsageErrors.message(e));
            }
            return 2;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
