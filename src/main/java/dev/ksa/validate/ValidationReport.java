package dev.ksa.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link Validator} found: the problems (sorted), what was checked and with which real tools,
 * what was skipped and why, and the tools that were needed but are not installed.
 */
public record ValidationReport(List<Problem> problems, Checked checked, List<String> skipped, List<String> missingTools) {

    public ValidationReport {
        problems = problems.stream().sorted().toList();
        skipped = List.copyOf(skipped);
        missingTools = List.copyOf(missingTools);
    }

    /** Counts of what was looked at, and each real tool that ran (name, version, runs). */
    public record Checked(int files, int objects, int customResources, int valuesFiles, List<ToolUse> tools) {
        public Checked {
            tools = List.copyOf(tools);
        }
    }

    public record ToolUse(String tool, String version, int runs) {}

    public boolean valid() {
        return problems.isEmpty();
    }

    /** "validated 12 files, 40 objects: 0 problems; checked with kubectl kustomize, promtool, amtool". */
    public String summary() {
        String tools = checked.tools().stream().filter(t -> t.runs() > 0).map(ToolUse::tool).distinct().collect(Collectors.joining(", "));
        return "validated " + checked.files() + " files, " + checked.objects() + " objects: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + (tools.isEmpty() ? "; no external tool ran" : "; checked with " + tools);
    }
}
