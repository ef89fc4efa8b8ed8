package dev.ksa.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ksa.catalog.Text;
import java.util.List;

/**
 * One rule as {@code audit/rules.yaml} describes it. {@code pss} is the Pod Security Standards
 * level whose control the rule checks ({@code baseline} or {@code restricted}; null for rules
 * outside the standard); {@code peers} names the equivalent checks of other audit tools, so a
 * user migrating from them finds theirs.
 */
public record RuleDefinition(String id, Severity severity, String group, String source, String pss, Peers peers,
        Text title, Text help, Text message) {

    public RuleDefinition {
        peers = peers == null ? Peers.NONE : peers;
    }

    /** The same rule at another severity (the user's override). */
    public RuleDefinition withSeverity(Severity other) {
        return new RuleDefinition(id, other, group, source, pss, peers, title, help, message);
    }

    /** Equivalent checks: Polaris check ids, kube-score check ids, Popeye codes (POP-nnn), Pluto's columns. */
    public record Peers(List<String> polaris, @JsonProperty("kube-score") List<String> kubeScore, List<String> popeye,
            List<String> pluto) {
        public static final Peers NONE = new Peers(List.of(), List.of(), List.of(), List.of());

        public Peers {
            polaris = polaris == null ? List.of() : List.copyOf(polaris);
            kubeScore = kubeScore == null ? List.of() : List.copyOf(kubeScore);
            popeye = popeye == null ? List.of() : List.copyOf(popeye);
            pluto = pluto == null ? List.of() : List.copyOf(pluto);
        }

        /** {@code polaris: a, b; kube-score: c}, or "-" when no peer has the check. */
        public String display() {
            StringBuilder out = new StringBuilder();
            append(out, "polaris", polaris);
            append(out, "kube-score", kubeScore);
            append(out, "popeye", popeye);
            append(out, "pluto", pluto);
            return out.length() == 0 ? "-" : out.toString();
        }

        private static void append(StringBuilder out, String tool, List<String> ids) {
            if (!ids.isEmpty()) {
                out.append(out.length() == 0 ? "" : "; ").append(tool).append(": ").append(String.join(", ", ids));
            }
        }

        /** Whether any peer calls one of its checks {@code id}. */
        public boolean names(String id) {
            return polaris.contains(id) || kubeScore.contains(id) || popeye.contains(id) || pluto.contains(id);
        }
    }
}
