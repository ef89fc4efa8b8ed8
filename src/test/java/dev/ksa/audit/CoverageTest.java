package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Lang;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Coverage per category of an edition, against the fixture catalog. */
class CoverageTest {

    static Map<String, CoverageEntry> coverage(String file, String edition) {
        AuditResult r = AuditFixtures.audit(AuditFixtures.catalog(), AuditFixtures.read(file), edition, RuleSettings.none());
        return r.coverage().stream().collect(Collectors.toMap(CoverageEntry::category, e -> e));
    }

    @Test
    void recommendedComponent_coversItsCategory() {
        CoverageEntry ingress = coverage("coverage/cluster.yaml", "2026").get("ingress");
        assertThat(ingress.status()).isEqualTo(CoverageEntry.Status.RECOMMENDED);
        assertThat(ingress.components()).containsExactly("old-ingress");
    }

    @Test
    void componentTheEditionDropped_namesSuccessorsAndTheEditionsReason() {
        CoverageEntry traces = coverage("coverage/cluster.yaml", "2026").get("traces");
        assertThat(traces.status()).isEqualTo(CoverageEntry.Status.DROPPED);
        assertThat(traces.components()).containsExactly("tracer-old");
        assertThat(traces.successors()).containsExactly("tracer-new");
        assertThat(traces.hint().in(Lang.EN)).isEqualTo("Its indexes cost too much.");
    }

    @Test
    void sameClusterUnderTheOlderEdition_isRecommended() {
        assertThat(coverage("coverage/cluster.yaml", "2025").get("traces").status()).isEqualTo(CoverageEntry.Status.RECOMMENDED);
    }

    @Test
    void alternative_saysWhichAndWhenToPreferIt() {
        CoverageEntry traces = coverage("coverage/alternative.yaml", "2026").get("traces");
        assertThat(traces.status()).isEqualTo(CoverageEntry.Status.ALTERNATIVE);
        assertThat(traces.components()).containsExactly("tracer-other");
        assertThat(traces.recommended()).containsExactly("tracer-new");
        assertThat(traces.hint().in(Lang.EN)).isEqualTo("When you already run it.");
    }

    @Test
    void pickAllCategory_listsTheMembersNotSeen_mirroredImageCounts() {
        CoverageEntry storage = coverage("coverage/cluster.yaml", "2026").get("storage");
        assertThat(storage.status()).isEqualTo(CoverageEntry.Status.RECOMMENDED);
        assertThat(storage.components()).containsExactly("block-store");
        assertThat(storage.incomplete()).containsExactly("block-cluster");
    }

    @Test
    void cliOnlyCategory_isNotObservable_andNotScored() {
        CoverageEntry provisioning = coverage("coverage/cluster.yaml", "2026").get("provisioning");
        assertThat(provisioning.status()).isEqualTo(CoverageEntry.Status.NOT_OBSERVABLE);
        assertThat(provisioning.scored()).isFalse();
    }

    @Test
    void categoryTheEditionLeavesOut_fallsBackAndIsOptionalWithItsFeature() {
        CoverageEntry policy = coverage("coverage/cluster.yaml", "2026").get("policy");
        assertThat(policy.source()).isEqualTo("fallback");
        assertThat(policy.recommended()).containsExactly("policy-engine");
        assertThat(policy.status()).isEqualTo(CoverageEntry.Status.MISSING);
        assertThat(policy.optional()).isTrue();
        assertThat(policy.scored()).isFalse();
    }

    @Test
    void componentAnOlderEditionListed_isDropped_andGetsLifecycleFindings() {
        AuditResult r = AuditFixtures.audit(AuditFixtures.read("coverage/cluster.yaml"));
        assertThat(r.coverage()).filteredOn(e -> e.category().equals("cd")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(CoverageEntry.Status.DROPPED));
        assertThat(r.findings()).extracting(Finding::rule).contains("component-deprecated", "component-end-of-life",
                "component-dropped-by-edition", "component-edition-caution");
    }

    @Test
    void score_isHalfCoverageHalfHygiene() {
        AuditResult r = AuditFixtures.audit(AuditFixtures.read("coverage/cluster.yaml"));
        List<CoverageEntry> scored = r.coverage().stream().filter(CoverageEntry::scored).toList();
        double coverage = scored.stream().mapToDouble(e -> e.status().credit()).sum() / scored.size();
        assertThat(r.score().coverage()).isEqualTo(Math.round(coverage * 1000) / 1000.0);
        assertThat(r.score().total()).isEqualTo((int) Math.round(100 * (0.5 * coverage + 0.5 * r.score().hygiene())));
    }
}
