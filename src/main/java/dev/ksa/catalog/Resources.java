package dev.ksa.catalog;

/**
 * Typical requests of a small install, as Kubernetes quantities ({@code 500m}, {@code 1Gi}).
 * {@code perNode}: the requests are those of a node agent (a DaemonSet) and count once per node.
 */
public record Resources(String cpu, String memory, Boolean perNode) {

    public Resources {
        perNode = perNode != null && perNode;
    }

    public long cpuMillis() {
        return Quantities.millicores(cpu);
    }

    public long memoryMi() {
        return Quantities.mebibytes(memory);
    }
}
