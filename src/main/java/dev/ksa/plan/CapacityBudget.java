package dev.ksa.plan;

import dev.ksa.catalog.Resources;
import dev.ksa.catalog.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step seven: typical requests of the planned in-cluster components against the allocatable
 * capacity of the workers the profile describes (control planes are tainted; with no workers, the
 * control planes run everything). Node agents count once per node. Allocatable is the node minus
 * the kube and system reservations of GKE's published formula, a fair estimate for kubeadm too.
 * Above 70 % of CPU or memory is a warning, above 100 % an error; both name the top consumers.
 */
final class CapacityBudget {
    static final double WARN_PERCENT = 70;
    static final double ERROR_PERCENT = 100;
    private static final int TOP = 5;

    private CapacityBudget() {}

    static Budget apply(Draft draft) {
        Profile.Cluster cluster = draft.profile.spec().cluster();
        Profile.NodeSize node = cluster.node();
        int workers = cluster.workerCount();
        int schedulable = workers > 0 ? workers : cluster.controlPlaneCount();
        if (node == null || node.cpu() == null || node.memoryGi() == null || schedulable == 0) {
            draft.warn("budget-unknown", PlanWarning.Severity.INFO, null, null, Text.of(
                    "spec.cluster.workers와 spec.cluster.node(cpu, memoryGi)가 없어 용량 예산을 계산하지 않았습니다.",
                    "No capacity budget: spec.cluster.workers and spec.cluster.node (cpu, memoryGi) are not given."));
            return null;
        }
        int nodes = schedulable;
        List<Budget.Consumer> consumers = new ArrayList<>();
        double cpu = 0;
        double memory = 0;
        for (Draft.Entry entry : draft.planned.values()) {
            if (!entry.component.inCluster()) {
                continue;
            }
            Resources r = entry.component.resources();
            int times = r.perNode() ? nodes : 1;
            double c = r.cpuMillis() * times / 1000.0;
            double m = r.memoryMi() * times / 1024.0;
            cpu += c;
            memory += m;
            consumers.add(new Budget.Consumer(entry.component.id(), round(c), round(m)));
        }
        double capacityCpu = nodes * allocatableCpu(node.cpu());
        double capacityMemory = nodes * allocatableMemoryGi(node.memoryGi());
        double cpuPercent = round(100 * cpu / capacityCpu);
        double memoryPercent = round(100 * memory / capacityMemory);
        consumers.sort(Comparator.comparingDouble((Budget.Consumer c) -> -Math.max(c.cpu() / capacityCpu, c.memoryGi() / capacityMemory))
                .thenComparing(Budget.Consumer::id));
        List<Budget.Consumer> top = List.copyOf(consumers.subList(0, Math.min(TOP, consumers.size())));
        Budget budget = new Budget(new Budget.Amount(round(cpu), round(memory)), new Budget.Amount(round(capacityCpu), round(capacityMemory)),
                cpuPercent, memoryPercent, top);
        double worst = Math.max(cpuPercent, memoryPercent);
        if (worst > WARN_PERCENT) {
            String tops = String.join(", ", top.stream().map(c -> c.id() + " " + c.cpu() + " CPU/" + c.memoryGi() + " GiB").toList());
            boolean over = worst > ERROR_PERCENT;
            draft.warn(over ? "capacity-exceeded" : "capacity-high", over ? PlanWarning.Severity.ERROR : PlanWarning.Severity.WARNING, null, null, Text.of(
                    "플랫폼 컴포넌트의 요청량이 할당 가능 용량의 CPU " + cpuPercent + "%, 메모리 " + memoryPercent + "%입니다"
                            + (over ? " (100% 초과: 설치되지 않습니다)" : " (70% 초과: 애플리케이션 여유가 적습니다)") + ". 큰 순서: " + tops
                            + ". 워커를 늘리거나(spec.cluster.workers) 노드를 키우거나 spec.exclude로 줄이세요.",
                    "Platform components request " + cpuPercent + "% of allocatable CPU and " + memoryPercent + "% of memory"
                            + (over ? " (over 100%: they will not all schedule)" : " (over 70%: little room is left for applications)") + ". Largest: " + tops
                            + ". Add workers (spec.cluster.workers), larger nodes, or leave components out (spec.exclude)."));
        }
        return budget;
    }

    /** CPU left after kube-reserved: 6 % of the first core, 1 % of the second, 0.5 % of cores 3-4, 0.25 % above. */
    static double allocatableCpu(double cores) {
        double reserved = 0.06 * Math.min(cores, 1) + 0.01 * clamp(cores - 1, 1) + 0.005 * clamp(cores - 2, 2) + 0.0025 * Math.max(cores - 4, 0);
        return cores - reserved;
    }

    /** Memory left after 25 % of the first 4 GiB, 20 % of the next 4, 10 % of the next 8, 6 % of the next 112, 2 % above, and 100 MiB for eviction. */
    static double allocatableMemoryGi(double gi) {
        double reserved = 0.25 * Math.min(gi, 4) + 0.20 * clamp(gi - 4, 4) + 0.10 * clamp(gi - 8, 8) + 0.06 * clamp(gi - 16, 112)
                + 0.02 * Math.max(gi - 128, 0) + 100.0 / 1024;
        return Math.max(gi - reserved, 0.1);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, max));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
