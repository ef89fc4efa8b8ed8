package dev.ksa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** ksa run in-process as a user runs it, with commands that read the date on a fixed one. */
record CliRun(int code, String out, String err) {
    static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    /** ksa with {@code stdin} as standard input ({@code ksa plan -}). */
    static CliRun withStdin(String stdin, String... args) {
        java.io.InputStream in = new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == PlanCommand.class) {
                    return cls.cast(new PlanCommand(DECEMBER_2026, in));
                }
                if (cls == GenerateCommand.class) {
                    return cls.cast(new GenerateCommand(DECEMBER_2026, in));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
        return new CliRun(code, out.toString(), err.toString());
    }
}
