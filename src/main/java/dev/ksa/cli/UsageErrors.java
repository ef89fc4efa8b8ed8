package dev.ksa.cli;

import dev.ksa.support.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line as one line: what is wrong, the closest command or option when there
 * is one ("Did you mean ...?", the same way ids are suggested), and where the usage is.
 */
final class UsageErrors {
    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.");

    private UsageErrors() {}

    static String message(ParameterException e) {
        CommandLine cli = e.getCommandLine();
        CommandSpec spec = cli.getCommandSpec();
        String where = spec.qualifiedName();
        String help = " (" + where + " --help)";
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-") && !first.equals("-")) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                return "unknown option '" + name + "' for '" + where + "'." + Suggestions.didYouMean(name, optionsLike(spec, name)) + help;
            }
            if (!cli.getSubcommands().isEmpty()) {
                return "unknown command '" + first + "' for '" + where + "'." + Suggestions.didYouMean(first, cli.getSubcommands().keySet()) + help;
            }
            return "unexpected argument '" + first + "' for '" + where + "'" + help;
        }
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        // 'ksa help catalg': picocli's help command names the unknown command in its message.
        Matcher unknown = UNKNOWN_SUBCOMMAND.matcher(text);
        CommandLine parent = cli.getSubcommands().isEmpty() ? cli.getParent() : cli;
        if (unknown.matches() && parent != null) {
            String wrong = unknown.group(1);
            return "unknown command '" + wrong + "' for '" + parent.getCommandSpec().qualifiedName() + "'."
                    + Suggestions.didYouMean(wrong, parent.getSubcommands().keySet()) + " (" + parent.getCommandSpec().qualifiedName() + " --help)";
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" ")) + help;
    }

    /** Long options for a long one; single-letter options are too close to each other to suggest. */
    private static List<String> optionsLike(CommandSpec spec, String name) {
        if (!name.startsWith("--")) {
            return List.of();
        }
        return spec.options().stream().flatMap(o -> Arrays.stream(o.names()))
                .filter(n -> n.startsWith("--")).sorted().toList();
    }

    /** {@code ksa} or {@code ksa catalog} without a command: the usage, as kubectl and git do. */
    static boolean missingCommand(ParameterException e) {
        return !(e instanceof UnmatchedArgumentException) && !e.getCommandLine().getSubcommands().isEmpty()
                && String.valueOf(e.getMessage()).startsWith("Missing required subcommand");
    }
}
