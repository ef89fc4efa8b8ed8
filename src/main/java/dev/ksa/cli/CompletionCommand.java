package dev.ksa.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ksa completion bash|zsh}: a shell completion script made by picocli's AutoComplete from the
 * commands themselves, so new commands and options complete without editing a script. The same
 * script serves zsh through its bash compatibility (bashcompinit), which the script switches on.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash or zsh.",
            "bash: source <(ksa completion bash)   (or save it to /etc/bash_completion.d/ksa)",
            "zsh:  source <(ksa completion zsh)    (in ~/.zshrc)"})
public final class CompletionCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", arity = "0..1", completionCandidates = Shells.class,
            description = "bash or zsh (default: bash).", converter = Shells.class)
    String shell = "bash";

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        // Completion is for the 'ksa' on PATH, whatever name this run was started under (kubectl-ksa).
        String script = AutoComplete.bash("ksa", root);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static final class Shells extends Formats {
        Shells() {
            super("bash", "zsh");
        }

        @Override
        public String convert(String value) {
            try {
                return super.convert(value);
            } catch (CommandLine.TypeConversionException e) {
                throw new CommandLine.TypeConversionException("unknown shell '" + value + "' (use bash or zsh)");
            }
        }
    }
}
