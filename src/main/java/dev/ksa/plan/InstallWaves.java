package dev.ksa.plan;

import dev.ksa.catalog.Component;
import dev.ksa.catalog.Text;
import dev.ksa.plan.PlannedComponent.Dependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step eight: install waves from declared dependencies, never from list positions. A component
 * waits for the planned providers of what it requires or uses (CRD providers and operators before
 * their users, storage before stateful apps, cert-manager before what wants certificates). What
 * must run before GitOps can (the CNI, then Argo CD) is wave 0; everything else starts at wave 1.
 * A cycle is reported as an error naming it, and broken so the rest can still be ordered.
 */
final class InstallWaves {
    /** Waves and dependencies by component id. */
    record Result(Map<String, Integer> waves, Map<String, List<Dependency>> dependsOn, List<List<String>> cycles) {}

    private InstallWaves() {}

    static Result compute(List<Component> components) {
        Map<String, Component> byId = new LinkedHashMap<>();
        components.forEach(c -> byId.put(c.id(), c));
        Map<String, List<Dependency>> deps = new LinkedHashMap<>();
        for (Component c : components) {
            List<Dependency> list = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            List<String> wants = new ArrayList<>(c.requires());
            wants.addAll(c.uses());
            for (String capability : wants) {
                for (Component p : components) {
                    if (p == c || !p.provides().contains(capability) || !seen.add(p.id())) {
                        continue;
                    }
                    if (bootstrap(c) && !bootstrap(p)) {
                        continue;
                    }
                    list.add(new Dependency(p.id(), capability));
                }
            }
            deps.put(c.id(), list);
        }
        List<List<String>> cycles = breakCycles(byId.keySet(), deps);
        Map<String, Integer> waves = new LinkedHashMap<>();
        for (String id : byId.keySet()) {
            wave(id, byId, deps, waves);
        }
        return new Result(waves, deps, cycles);
    }

    private static int wave(String id, Map<String, Component> byId, Map<String, List<Dependency>> deps, Map<String, Integer> waves) {
        Integer known = waves.get(id);
        if (known != null) {
            return known;
        }
        int wave = bootstrap(byId.get(id)) ? 0 : 1;
        if (wave > 0) {
            for (Dependency d : deps.get(id)) {
                wave = Math.max(wave, wave(d.id(), byId, deps, waves) + 1);
            }
        }
        waves.put(id, wave);
        return wave;
    }

    /** Depth-first search; every back edge closes a cycle, which is recorded and removed. */
    private static List<List<String>> breakCycles(Set<String> ids, Map<String, List<Dependency>> deps) {
        List<List<String>> cycles = new ArrayList<>();
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String start : ids) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            visit(start, deps, state, path, cycles);
        }
        return cycles;
    }

    private static void visit(String id, Map<String, List<Dependency>> deps, Map<String, Integer> state, Deque<String> path, List<List<String>> cycles) {
        state.put(id, 1);
        path.addLast(id);
        for (Dependency d : new ArrayList<>(deps.get(id))) {
            Integer s = state.get(d.id());
            if (s == null) {
                visit(d.id(), deps, state, path, cycles);
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String step : path) {
                    in |= step.equals(d.id());
                    if (in) {
                        cycle.add(step);
                    }
                }
                cycle.add(d.id());
                cycles.add(cycle);
                deps.get(id).remove(d);
            }
        }
        path.removeLast();
        state.put(id, 2);
    }

    static PlanWarning cycleWarning(List<String> cycle) {
        String arrow = String.join(" -> ", cycle);
        return new PlanWarning("install-cycle", PlanWarning.Severity.ERROR, cycle.get(0), null, Text.of(
                "설치 순서에 순환이 있습니다: " + arrow + ". 카탈로그의 requires/uses 중 하나를 끊어야 합니다(ksa 버그로 보고해 주세요).",
                "The install order has a cycle: " + arrow + ". One of these requires/uses must go (please report it as a ksa bug)."));
    }

    private static boolean bootstrap(Component c) {
        return c.install() != null && c.install().bootstrap();
    }
}
