package dev.ksa.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to validate: extra CRD folders ({@code --crds}), folders holding upstream charts
 * ({@code --charts}, searched for {@code Chart.yaml}), whether a missing tool is an error
 * ({@code --require-tools}), whether to run the real tools at all, the timeout of one tool run, and
 * whether anything left unchecked fails the validation ({@code --strict}), and where to write the
 * platform's objects per Application ({@code --rendered DIR}; null: nowhere), and folders of release
 * manifests kept offline ({@code --manifests}).
 */
public record ValidateOptions(List<Path> crds, List<Path> charts, boolean requireTools, boolean runTools, Duration toolTimeout, boolean strict,
        Path renderedOut, List<Path> manifests) {

    public ValidateOptions {
        crds = List.copyOf(crds);
        charts = List.copyOf(charts);
        manifests = manifests == null ? List.of() : List.copyOf(manifests);
    }

    public ValidateOptions(List<Path> crds, List<Path> charts, boolean requireTools, boolean runTools, Duration toolTimeout, boolean strict,
            Path renderedOut) {
        this(crds, charts, requireTools, runTools, toolTimeout, strict, renderedOut, List.of());
    }

    /** Folders of release manifests kept offline, for kustomizations that name remote or not yet vendored resources. */
    public ValidateOptions withManifests(List<Path> folders) {
        return new ValidateOptions(crds, charts, requireTools, runTools, toolTimeout, strict, renderedOut, folders);
    }

    public static ValidateOptions defaults() {
        return new ValidateOptions(List.of(), List.of(), false, true, Duration.ofSeconds(60), false, null);
    }

    public ValidateOptions withCrds(List<Path> folders) {
        return new ValidateOptions(folders, charts, requireTools, runTools, toolTimeout, strict, renderedOut, manifests);
    }

    public ValidateOptions withCharts(List<Path> folders) {
        return new ValidateOptions(crds, folders, requireTools, runTools, toolTimeout, strict, renderedOut, manifests);
    }

    public ValidateOptions withRequireTools(boolean required) {
        return new ValidateOptions(crds, charts, required, runTools, toolTimeout, strict, renderedOut, manifests);
    }

    /** Anything not checked (a chart not found, a remote resource, a missing tool) fails the validation. */
    public ValidateOptions withStrict(boolean strictly) {
        return new ValidateOptions(crds, charts, requireTools, runTools, toolTimeout, strictly, renderedOut, manifests);
    }

    /** Also write every Application's objects (rendered, built, read) to {@code directory}, one file per Application. */
    public ValidateOptions withRenderedOut(Path directory) {
        return new ValidateOptions(crds, charts, requireTools, runTools, toolTimeout, strict, directory, manifests);
    }

    /** Without the external tools: only what ksa checks itself (fast; for unit tests and quick runs). */
    public ValidateOptions withoutTools() {
        return new ValidateOptions(crds, charts, requireTools, false, toolTimeout, strict, renderedOut, manifests);
    }
}
