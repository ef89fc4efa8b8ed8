/**
 * Step two of the flow: {@code platform.yaml} (the {@link dev.ksa.plan.Profile}) and the catalog
 * become a {@link dev.ksa.plan.Plan}, resolved and explained: picks per category, environment
 * rules, overrides, capability closure, conflicts, license policy, lifecycle, capacity budget and
 * install waves. Pure: no files are written here.
 */
package dev.ksa.plan;
