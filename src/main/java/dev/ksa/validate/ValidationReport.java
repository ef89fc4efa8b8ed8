package dev.ksa.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link Validator} found: the problems (sorted), what was checked and with which real tools,
 * what could not be checked and why ({@code skipped}: counted, and a failure under {@code --strict}),
 * notes on how it was checked, and the tools that were needed but are not installed.
 */
public record ValidationReport(List<Problem> problems, Checked checked, List<String> skipped, List<String> notes, List<String> missingTools,
        boolean strict) {

    public ValidationReport {
        problems = problems.stream().distinct().sorted().toList();
        skipped = skipped.stream().sorted().toList();
        notes = notes.stream().sorted().toList();
        missingTools = List.copyOf(missingTools);
    }

    /** Counts of what was looked at, each real tool that ran (name, version, runs), charts rendered, Applications deployed. */
    public record Checked(int files, int objects, int customResources, int valuesFiles, List<ToolUse> tools, int charts, int applications) {
        public Checked {
            tools = List.copyOf(tools);
        }
    }

    public record ToolUse(String tool, String version, int runs) {}

    /** No problem, and under {@code --strict} nothing left unchecked either. */
    public boolean valid() {
        return problems.isEmpty() && (!strict || skipped.isEmpty());
    }

    /** "validated 12 files, 40 objects (3 charts rendered, 20 Applications): 0 problems, 2 not checked; checked with kubectl kustomize, promtool, amtool". */
    public String summary() {
        String tools = checked.tools().stream().filter(t -> t.runs() > 0).map(ToolUse::tool).distinct().collect(Collectors.joining(", "));
        String notChecked = skipped.size() + " not checked" + (skipped.isEmpty() ? "" : strict ? " (--strict: a failure)" : " (listed above; --strict fails on them)");
        return "validated " + checked.files() + " files, " + checked.objects() + " objects ("
                + checked.charts() + (checked.charts() == 1 ? " chart" : " charts") + " rendered, "
                + checked.applications() + (checked.applications() == 1 ? " Application" : " Applications") + " deployed): "
                + problems.size() + (problems.size() == 1 ? " problem, " : " problems, ") + notChecked
                + (tools.isEmpty() ? "; no external tool ran" : "; checked with " + tools);
    }
}
