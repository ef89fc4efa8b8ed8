package dev.ksa.plan;

import java.util.List;

/**
 * Typical requests of the planned in-cluster components against the allocatable capacity of the
 * nodes the profile describes. Percentages are of capacity; {@code top} are the largest consumers.
 */
public record Budget(Amount requested, Amount capacity, double cpuPercent, double memoryPercent, List<Consumer> top) {

    /** CPU in cores, memory in GiB, rounded for people (two decimals). */
    public record Amount(double cpu, double memoryGi) {}

    public record Consumer(String id, double cpu, double memoryGi) {}
}
