package dev.ksa.cli;

import dev.ksa.support.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ksa version} (and {@code ksa --version}): what a bug report needs, the ksa version, the git commit it was built from, the Java runtime. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the ksa version, the git commit it was built from and the Java runtime.")
public final class VersionCommand implements Callable<Integer> {
    /** Written at build time (pom.xml: git-commit-id-maven-plugin); absent in a build from a source tree without git. */
    static final String BUILD_PROPERTIES = "ksa-build.properties";

    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", converter = Formats.Standard.class, completionCandidates = Formats.Standard.class,
            description = "table, json or yaml (default: table).")
    String output = "table";

    /** The fields of {@code ksa version -o json}; commit is null when unknown. */
    record Info(String version, String commit, Boolean dirty, Runtime java) {}

    record Runtime(String version, String vendor) {}

    @Override
    public Integer call() {
        Info info = info();
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case "json" -> out.print(Documents.json(info));
            case "yaml" -> out.print(Documents.yaml(info));
            default -> out.print(String.join("\n", lines(info)) + "\n");
        }
        out.flush();
        return 0;
    }

    static Info info() {
        Properties build = new Properties();
        try (InputStream in = VersionCommand.class.getClassLoader().getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = build.getProperty("git.build.version");
        if (version == null || version.isBlank()) {
            version = VersionCommand.class.getPackage().getImplementationVersion();
        }
        String commit = blankToNull(build.getProperty("git.commit.id.abbrev"));
        Boolean dirty = commit == null ? null : Boolean.valueOf(build.getProperty("git.dirty", "false"));
        return new Info(version == null ? "dev" : version, commit, dirty,
                new Runtime(System.getProperty("java.version"), System.getProperty("java.vendor")));
    }

    static String[] lines(Info info) {
        String commit = info.commit() == null ? "unknown" : info.commit() + (Boolean.TRUE.equals(info.dirty()) ? " (with uncommitted changes)" : "");
        return new String[] {"ksa " + info.version(), "commit  " + commit, "java    " + info.java().version() + " (" + info.java().vendor() + ")"};
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code ksa --version} prints the same as {@code ksa version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return lines(info());
        }
    }
}
