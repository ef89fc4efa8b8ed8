package dev.ksa.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to validate: extra CRD folders ({@code --crds}), folders holding upstream charts
 * ({@code --charts}, searched for {@code Chart.yaml}), whether a missing tool is an error
 * ({@code --require-tools}), whether to run the real tools at all, and the timeout of one tool run.
 */
public record ValidateOptions(List<Path> crds, List<Path> charts, boolean requireTools, boolean runTools, Duration toolTimeout) {

    public ValidateOptions {
        crds = List.copyOf(crds);
        charts = List.copyOf(charts);
    }

    public static ValidateOptions defaults() {
        return new ValidateOptions(List.of(), List.of(), false, true, Duration.ofSeconds(60));
    }

    public ValidateOptions withCrds(List<Path> folders) {
        return new ValidateOptions(folders, charts, requireTools, runTools, toolTimeout);
    }

    public ValidateOptions withCharts(List<Path> folders) {
        return new ValidateOptions(crds, folders, requireTools, runTools, toolTimeout);
    }

    public ValidateOptions withRequireTools(boolean required) {
        return new ValidateOptions(crds, charts, required, runTools, toolTimeout);
    }

    /** Without the external tools: only what ksa checks itself (fast; for unit tests and quick runs). */
    public ValidateOptions withoutTools() {
        return new ValidateOptions(crds, charts, requireTools, false, toolTimeout);
    }
}
