package dev.ksa.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** The validation {@code generate} runs on what it wrote; becomes {@code ksa validate DIR} once that command lands. */
final class GenerateValidation {
    private GenerateValidation() {}

    static int run(Path dir, CommandLine cli) {
        return 0;
    }
}
