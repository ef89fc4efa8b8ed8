package dev.ksa.render;

import dev.ksa.catalog.Chart;
import dev.ksa.catalog.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Helm values of one chart release: the component's own values, its conditional values whose
 * condition holds, then what every other planned component contributes to that release. Maps merge
 * deeply, lists concatenate (so several backends each add a Grafana datasource), scalars: last wins.
 */
final class ValuesComposer {
    private final RenderContext ctx;
    private final Variables variables;

    ValuesComposer(RenderContext ctx) {
        this.ctx = ctx;
        this.variables = new Variables(ctx);
    }

    Map<String, Object> values(Component component, Chart chart) {
        Map<String, Object> merged = new LinkedHashMap<>();
        RenderData own = RenderDataLoader.of(component.id());
        RenderData.ChartValues chartValues = own.charts().get(chart.release());
        if (chartValues != null) {
            merge(merged, variables.substitute(chartValues.values(), component.id()));
            for (RenderData.Conditional when : chartValues.when()) {
                if (Variables.holds(when.condition(), ctx)) {
                    merge(merged, variables.substitute(when.values(), component.id()));
                }
            }
        }
        for (var planned : ctx.plan().components()) {
            if (planned.id().equals(component.id())) {
                continue;
            }
            List<RenderData.Conditional> contributions = RenderDataLoader.of(planned.id()).contributes().get(chart.release());
            if (contributions == null) {
                continue;
            }
            for (RenderData.Conditional c : contributions) {
                if (Variables.holds(c.condition(), ctx)) {
                    merge(merged, variables.substitute(c.values(), planned.id()));
                }
            }
        }
        return sorted(merged);
    }

    Variables variables() {
        return variables;
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Object from) {
        if (!(from instanceof Map<?, ?> source)) {
            return;
        }
        for (Map.Entry<?, ?> e : source.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object existing = into.get(key);
            Object value = e.getValue();
            if (existing instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                merge(copy, value);
                into.put(key, copy);
            } else if (existing instanceof List<?> a && value instanceof List<?> b) {
                List<Object> both = new ArrayList<>(a);
                both.addAll(b);
                into.put(key, both);
            } else {
                into.put(key, value);
            }
        }
    }

    /** Keys sorted at every level, so the same plan always gives the same bytes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> sorted(Map<String, Object> map) {
        Map<String, Object> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? sorted((Map<String, Object>) m) : sortedList(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object sortedList(Object v) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(i -> out.add(i instanceof Map<?, ?> m ? sorted((Map<String, Object>) m) : i));
            return out;
        }
        return v;
    }
}
