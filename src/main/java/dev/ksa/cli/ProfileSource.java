package dev.ksa.cli;

import dev.ksa.plan.Profile;
import dev.ksa.plan.ProfileReader;
import java.io.InputStream;
import java.nio.file.Path;

/** Where {@code plan} and {@code generate} read the profile: a file, or standard input when it is {@code -} (named {@code <stdin>} in messages). */
final class ProfileSource {
    static final String STDIN = "-";
    static final String STDIN_NAME = "<stdin>";

    private ProfileSource() {}

    /** How messages name the profile. */
    static String name(String argument) {
        return STDIN.equals(argument) ? STDIN_NAME : argument;
    }

    static Profile read(String argument, InputStream stdin) {
        return STDIN.equals(argument) ? ProfileReader.read(stdin, STDIN_NAME) : ProfileReader.read(Path.of(argument));
    }
}
