package dev.ksa.support;

/**
 * A mistake in what the user gave us (a profile, an id, a flag): reported as one line, exit 2,
 * never with a stack trace. The message names where (file:line:column when known), what is
 * wrong and what to do.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(String message) {
        this(message, 2);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** An environment problem (cluster unreachable, a tool missing): exit 3. */
    public static UserError environment(String message) {
        return new UserError(message, 3);
    }
}
