package dev.ksa.cli;

import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.ValidationReport;
import dev.ksa.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code generate} runs on the tree it wrote: the same checks as {@code ksa validate DIR}; with
 * {@code --charts} strictly, since a user who gives the charts expects the whole platform checked.
 */
final class GenerateValidation {
    private GenerateValidation() {}

    static int run(Path dir, List<Path> crds, List<Path> charts, List<Path> manifests, PrintWriter out, PrintWriter err) {
        ValidationReport report = Validator.validate(dir, ValidateOptions.defaults().withCrds(crds).withCharts(charts).withManifests(manifests).withStrict(!charts.isEmpty()));
        ValidateCommand.print(report, err);
        report.problems().forEach(p -> out.println(p.display()));
        out.println(report.summary());
        out.flush();
        err.flush();
        return report.valid() ? 0 : 1;
    }
}
