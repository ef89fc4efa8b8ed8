package dev.ksa.audit;

import dev.ksa.inventory.ObjectRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit's score, 0 to 100: half coverage (the scored categories' credit: recommended 1,
 * alternative 0.75, dropped 0.5, missing 0), half hygiene (1 minus the mean penalty of the checked
 * objects, an object's penalty being the weight of its most severe finding: error 1, warning 0.5,
 * info 0.1). With no scored category the score is hygiene alone. {@code partial}: some kinds
 * could not be read, so the score stands on part of the cluster only.
 */
public record Score(int total, double coverage, double hygiene, int scoredCategories, int checkedObjects, boolean partial) {

    public static Score of(List<CoverageEntry> coverage, List<Finding> findings, Set<ObjectRef> checked) {
        return of(coverage, findings, checked, false);
    }

    public static Score of(List<CoverageEntry> coverage, List<Finding> findings, Set<ObjectRef> checked, boolean partial) {
        List<CoverageEntry> scored = coverage.stream().filter(CoverageEntry::scored).toList();
        double coverageShare = scored.isEmpty() ? Double.NaN
                : scored.stream().mapToDouble(e -> e.status().credit()).sum() / scored.size();
        Map<ObjectRef, Double> penalties = new HashMap<>();
        for (Finding f : findings) {
            penalties.merge(f.object(), f.severity().weight(), Math::max);
        }
        Set<ObjectRef> judged = new java.util.HashSet<>(checked);
        judged.addAll(penalties.keySet());
        int objects = judged.size();
        double hygiene = objects == 0 ? 1.0
                : Math.max(0, 1 - penalties.values().stream().mapToDouble(Double::doubleValue).sum() / objects);
        double total = Double.isNaN(coverageShare) ? hygiene : 0.5 * coverageShare + 0.5 * hygiene;
        return new Score((int) Math.round(100 * total), Double.isNaN(coverageShare) ? 0 : round(coverageShare),
                round(hygiene), scored.size(), objects, partial);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
