package dev.ksa.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.catalog.Text;
import dev.ksa.plan.Budget;
import dev.ksa.plan.CategoryStatus;
import dev.ksa.plan.Plan;
import dev.ksa.plan.PlanWarning;
import dev.ksa.plan.PlannedComponent;
import dev.ksa.support.TextTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How a plan is shown: the JSON/YAML document of DESIGN.md section 6, a table grouped by wave, and the DAG. */
final class PlanViews {
    private PlanViews() {}

    record Document(String name, String edition, String environment, String domain, String kubernetesVersion, List<ComponentView> components,
            List<CategoryView> categories, List<WarningView> warnings, BudgetView budget) {}

    record ComponentView(String id, String name, String category, String kind,
            @JsonInclude(JsonInclude.Include.ALWAYS) String version, String chartVersion,
            @JsonInclude(JsonInclude.Include.ALWAYS) String namespace,
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer wave,
            String origin, List<String> reasons, List<OptionView> alternatives, List<PlannedComponent.Dependency> dependsOn) {}

    record OptionView(String id, String when) {}

    record CategoryView(String category, String status, List<String> components, String note) {}

    record WarningView(String code, String severity, @JsonInclude(JsonInclude.Include.ALWAYS) String component, String category, String message) {}

    record BudgetView(Budget.Amount requested, Budget.Amount capacity, double cpuPercent, double memoryPercent, List<Budget.Consumer> top) {}

    static Document document(Plan plan, Lang lang) {
        List<ComponentView> components = plan.components().stream().map(c -> new ComponentView(c.id(), c.name(), c.category(), c.kind(),
                c.version(), c.chartVersion(), c.namespace(), c.wave(), c.origin().id(), texts(c.reasons(), lang),
                c.alternatives().stream().map(o -> new OptionView(o.id(), o.when() == null ? null : o.when().in(lang))).toList(),
                c.dependsOn())).toList();
        List<CategoryView> categories = plan.categories().stream()
                .map(s -> new CategoryView(s.category(), s.status().id(), s.components(), s.note() == null ? null : s.note().in(lang))).toList();
        List<WarningView> warnings = plan.warnings().stream()
                .map(w -> new WarningView(w.code(), w.severity().id(), w.component(), w.category(), w.message().in(lang))).toList();
        Budget b = plan.budget();
        BudgetView budget = b == null ? null : new BudgetView(b.requested(), b.capacity(), b.cpuPercent(), b.memoryPercent(), b.top());
        return new Document(plan.name(), plan.edition(), plan.environment(), plan.domain(), plan.kubernetesVersion(), components, categories, warnings, budget);
    }

    private static List<String> texts(List<Text> texts, Lang lang) {
        return texts.stream().map(t -> t.in(lang)).toList();
    }

    static String table(Plan plan, Catalog catalog, Lang lang) {
        boolean ko = lang == Lang.KO;
        StringBuilder out = new StringBuilder();
        out.append(ko ? "플랫폼 " : "Platform ").append(plan.name()).append(" — ").append(ko ? "에디션 " : "edition ").append(plan.edition())
                .append(" — ").append(catalog.environment(plan.environment()).name().in(lang)).append('\n');
        long errors = plan.warnings().stream().filter(w -> w.severity() == PlanWarning.Severity.ERROR).count();
        long warnings = plan.warnings().stream().filter(w -> w.severity() == PlanWarning.Severity.WARNING).count();
        out.append(plan.components().size()).append(ko ? "개 컴포넌트, " : " components, ")
                .append(plan.inCluster().size()).append(ko ? "개는 클러스터 안 (Argo CD), 오류 " : " in the cluster (Argo CD); errors ")
                .append(errors).append(ko ? ", 경고 " : ", warnings ").append(warnings).append("\n\n");
        TextTable table = new TextTable(ko ? "웨이브" : "WAVE", "ID", ko ? "범주" : "CATEGORY", ko ? "버전" : "VERSION",
                ko ? "네임스페이스" : "NAMESPACE", ko ? "이유" : "WHY");
        Map<Integer, List<PlannedComponent>> byWave = new TreeMap<>();
        for (PlannedComponent c : plan.components()) {
            byWave.computeIfAbsent(c.wave() == null ? Integer.MAX_VALUE : c.wave(), k -> new java.util.ArrayList<>()).add(c);
        }
        for (Map.Entry<Integer, List<PlannedComponent>> wave : byWave.entrySet()) {
            String heading = wave.getKey() == Integer.MAX_VALUE
                    ? (ko ? "클러스터 밖 (노드, CLI, SaaS, 외부)" : "Outside the cluster (nodes, CLIs, SaaS, external)")
                    : wave.getKey() == 0 ? (ko ? "웨이브 0 — 부트스트랩 (GitOps 이전에 직접 설치)" : "Wave 0 — bootstrap (installed by hand, before GitOps)")
                    : (ko ? "웨이브 " : "Wave ") + wave.getKey();
            table.heading(heading);
            for (PlannedComponent c : wave.getValue()) {
                String why = c.reasons().isEmpty() ? "" : c.reasons().get(0).in(lang);
                table.row(c.wave() == null ? "-" : c.wave(), c.id(), c.category(), c.version() == null ? "-" : c.version(),
                        c.namespace() == null ? "-" : c.namespace(), why);
            }
        }
        out.append(table.render());
        List<CategoryStatus> provided = plan.categories().stream().filter(s -> s.status() == CategoryStatus.Status.PROVIDED).toList();
        if (!provided.isEmpty()) {
            out.append('\n').append(ko ? "다른 곳에서 제공: " : "Provided elsewhere: ");
            out.append(String.join("; ", provided.stream().map(s -> s.category() + (s.note() == null ? "" : " (" + s.note().in(lang) + ")")).toList())).append('\n');
        }
        List<CategoryStatus> uncovered = plan.categories().stream().filter(s -> s.status() == CategoryStatus.Status.UNCOVERED).toList();
        if (!uncovered.isEmpty()) {
            out.append(ko ? "비어 있는 범주: " : "Uncovered: ");
            out.append(String.join("; ", uncovered.stream().map(s -> s.category() + (s.note() == null ? "" : " (" + s.note().in(lang) + ")")).toList())).append('\n');
        }
        List<String> off = plan.categories().stream().filter(s -> s.status() == CategoryStatus.Status.OFF).map(CategoryStatus::category).toList();
        if (!off.isEmpty()) {
            out.append(ko ? "선택 기능으로 꺼짐: " : "Optional, not asked for: ").append(String.join(", ", off)).append('\n');
        }
        Budget b = plan.budget();
        if (b != null) {
            out.append('\n').append(ko ? "용량 예산: CPU " : "Capacity budget: CPU ").append(b.requested().cpu()).append(" / ").append(b.capacity().cpu())
                    .append(ko ? " 코어 (" : " cores (").append(b.cpuPercent()).append("%), ").append(ko ? "메모리 " : "memory ")
                    .append(b.requested().memoryGi()).append(" / ").append(b.capacity().memoryGi()).append(" GiB (").append(b.memoryPercent()).append("%)\n");
        }
        if (!plan.warnings().isEmpty()) {
            out.append('\n');
            for (PlanWarning w : plan.warnings()) {
                out.append(w.severity().id()).append(' ').append(w.code()).append(w.component() == null ? "" : " " + w.component()).append(": ")
                        .append(w.message().in(lang)).append('\n');
            }
        }
        return out.toString();
    }
}
