package dev.ksa.catalog;

/** Typical requests of a small install, as Kubernetes quantities ({@code 500m}, {@code 1Gi}). */
public record Resources(String cpu, String memory) {

    public long cpuMillis() {
        return Quantities.millicores(cpu);
    }

    public long memoryMi() {
        return Quantities.mebibytes(memory);
    }
}
