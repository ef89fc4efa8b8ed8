package dev.ksa.plan;

/** The install waves of a plan as a DAG, for people: Mermaid (READMEs render it) and Graphviz DOT. */
public final class WaveGraph {
    private WaveGraph() {}

    /** The install order as a Mermaid flowchart: an edge from each component to what it waits for. */
    public static String mermaid(Plan plan) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (PlannedComponent c : plan.inCluster()) {
            out.append("  ").append(node(c.id())).append("[\"").append(c.name()).append("<br/>wave ").append(c.wave()).append("\"]\n");
        }
        for (PlannedComponent c : plan.inCluster()) {
            for (PlannedComponent.Dependency d : c.dependsOn()) {
                out.append("  ").append(node(d.id())).append(" -->|").append(d.capability()).append("| ").append(node(c.id())).append('\n');
            }
        }
        return out.toString();
    }

    /** The install order in Graphviz DOT. */
    public static String dot(Plan plan) {
        StringBuilder out = new StringBuilder("digraph plan {\n  rankdir=LR;\n");
        for (PlannedComponent c : plan.inCluster()) {
            out.append("  \"").append(c.id()).append("\" [label=\"").append(c.name()).append("\\nwave ").append(c.wave()).append("\"];\n");
        }
        for (PlannedComponent c : plan.inCluster()) {
            for (PlannedComponent.Dependency d : c.dependsOn()) {
                out.append("  \"").append(d.id()).append("\" -> \"").append(c.id()).append("\" [label=\"").append(d.capability()).append("\"];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String node(String id) {
        return id.replace('-', '_');
    }
}
