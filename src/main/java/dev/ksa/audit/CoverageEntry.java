package dev.ksa.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.ksa.catalog.Text;
import java.util.List;
import java.util.Locale;

/**
 * How one category of the edition is covered: by its {@code recommended} component(s), by an
 * {@code alternative} (which one, instead of what), by a component the edition {@code dropped}
 * (with successors and the edition's reason as the migration hint), or {@code missing}.
 * {@code not-observable} categories hold only software that leaves no trace in cluster objects
 * (a CLI such as kubeadm, a SaaS, a desktop app). {@code unknown} categories show nothing but
 * could have shown it in kinds the audit was not allowed to read. {@code optional} categories are switched on by a
 * platform feature (service mesh, MLOps, ...), so missing them costs no score. {@code source} is
 * {@code edition}, or {@code fallback} when the edition names nothing and the category's fallback
 * (the week-one essentials) stands in. {@code incomplete} lists the members of a pick-all
 * category (Rook and Ceph) not seen.
 */
public record CoverageEntry(String category, Status status, List<String> components, List<String> recommended,
        boolean optional, String source, List<String> successors, Text hint, List<String> incomplete) {

    public CoverageEntry {
        components = List.copyOf(components);
        recommended = List.copyOf(recommended);
        successors = List.copyOf(successors);
        incomplete = List.copyOf(incomplete);
    }

    public enum Status {
        RECOMMENDED(1.0), ALTERNATIVE(0.75), DROPPED(0.5), MISSING(0.0), NOT_OBSERVABLE(0.0),
        /** Nothing was seen, but the kinds that would show it could not be read: not known to be missing. */
        UNKNOWN(0.0);

        private final double credit;

        Status(double credit) {
            this.credit = credit;
        }

        /** Share of the category's score this status earns. */
        public double credit() {
            return credit;
        }

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether this category counts toward the coverage score. */
    public boolean scored() {
        return !optional && status != Status.NOT_OBSERVABLE && status != Status.UNKNOWN;
    }

    /** This entry with another status (a missing category whose evidence could not be read becomes unknown). */
    public CoverageEntry withStatus(Status other) {
        return new CoverageEntry(category, other, components, recommended, optional, source, successors, hint, incomplete);
    }
}
