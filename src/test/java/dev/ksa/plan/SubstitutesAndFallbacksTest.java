package dev.ksa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.catalog.Environment;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.CategoryStatus.Status;
import dev.ksa.plan.PlannedComponent.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * License substitutes and category fallbacks on a small catalog of made-up components
 * (src/test/resources/plan/catalog.yaml), so each rule is shown on data the shipped catalog does not
 * happen to hold: who takes a denied component's job, and which fallback stands in for a dropped one.
 */
class SubstitutesAndFallbacksTest {
    private static final Catalog CATALOG = fixture();

    record CatalogFile(List<Category> categories, List<Component> components, List<Edition> editions, List<Environment> environments) {}

    static Catalog fixture() {
        try {
            CatalogFile file = new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(Path.of("src/test/resources/plan/catalog.yaml").toFile(), CatalogFile.class);
            return new Catalog(file.components(), file.categories(), file.editions(), List.of(), file.environments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Plan plan(String edition, String extra) {
        String yaml = """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: fixture}
                spec:
                  edition: "%s"
                  environment: on-prem
                  domain: fixture.internal
                  gitops: {repoURL: https://git.fixture.internal/platform.git}
                """.formatted(edition) + extra.lines().map(l -> "  " + l + "\n").reduce("", String::concat);
        return new Planner(CATALOG, Profiles.DECEMBER_2026).plan(ProfileReader.parse(yaml, "platform.yaml"));
    }

    static CategoryStatus status(Plan plan, String category) {
        return plan.categories().stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
    }

    static List<String> ids(Plan plan) {
        return PlannerRulesTest.ids(plan);
    }

    @Nested
    class LicenseSubstitutes {
        @Test
        void aPlannedComponentThatAlreadyDoesTheJob_takesIt_andNothingIsAdded() {
            Plan plan = plan("2030", "policy: {denyLicenses: [AGPL-3.0-only]}");
            assertThat(ids(plan)).doesNotContain("dash-main", "dash-needs-search", "dash-dropped", "dash-plain", "search-dropped");
            CategoryStatus dashboards = status(plan, "dashboards");
            assertThat(dashboards.status()).isEqualTo(Status.PROVIDED);
            assertThat(dashboards.components()).containsExactly("log-store");
            assertThat(plan.component("log-store").orElseThrow().reasons()).anySatisfy(r -> assertThat(r.in(Lang.EN))
                    .isEqualTo("also does the job of Main Dashboards (visualization; its license AGPL-3.0-only is denied by spec.policy.denyLicenses)"));
            assertThat(plan.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("license-substituted");
                assertThat(w.component()).isEqualTo("dash-main");
                assertThat(w.message().in(Lang.EN)).contains("Log Store, already planned, does its job (visualization)");
            });
        }

        @Test
        void theEditionsOtherPick_comesBeforeTheDeniedOnesAlternatives() {
            PlannedComponent traces = plan("2030", "policy: {denyLicenses: [AGPL-3.0-only]}").component("trace-kept").orElseThrow();
            assertThat(traces.origin()).isEqualTo(Origin.LICENSE_SUBSTITUTE);
            assertThat(traces.reasons().get(0).in(Lang.EN)).isEqualTo("replaces Main Traces (its license AGPL-3.0-only is denied by spec.policy.denyLicenses)");
        }

        @ParameterizedTest(name = "excluding {0}: {1} takes the dashboards")
        @CsvSource({
            // the first alternative needs search, which only a dropped component provides; the dropped one is next: both pass for the plain one
            "'log-store', dash-plain, ''",
            // left with one that pulls in a dropped component and one the edition dropped: the catalog order decides, with the dropped one named
            "'log-store, dash-plain', dash-needs-search, search-dropped",
            "'log-store, dash-plain, dash-needs-search', dash-dropped, ''"})
        void aSubstituteThatLeadsOutOfTheEdition_comesLast(String excluded, String substitute, String pulledIn) {
            Plan plan = plan("2030", "exclude: [" + excluded + "]\npolicy: {denyLicenses: [AGPL-3.0-only]}");
            assertThat(plan.component(substitute)).hasValueSatisfying(c -> assertThat(c.origin()).isEqualTo(Origin.LICENSE_SUBSTITUTE));
            assertThat(status(plan, "dashboards").components()).containsExactly(substitute);
            if (!pulledIn.isEmpty()) {
                assertThat(plan.component(pulledIn)).hasValueSatisfying(c -> assertThat(c.origin()).isEqualTo(Origin.REQUIRED));
            } else {
                assertThat(ids(plan)).doesNotContain("search-dropped");
            }
        }

        @Test
        void aSubstituteAddedEarlier_canDoTheJobOfALaterDeniedComponent() {
            Plan plan = plan("2032", "policy: {denyLicenses: [BUSL-1.1, AGPL-3.0-only]}");
            assertThat(plan.component("log-store")).hasValueSatisfying(c -> assertThat(c.origin()).isEqualTo(Origin.LICENSE_SUBSTITUTE));
            assertThat(status(plan, "dashboards").status()).isEqualTo(Status.PROVIDED);
            assertThat(ids(plan)).doesNotContain("log-closed", "dash-main", "dash-plain");
        }

        @Test
        void aDeprecatedIdInThePolicy_deniesWhatItsCurrentIdNames_withANote() {
            Plan plan = plan("2030", "policy: {denyLicenses: [AGPL-3.0]}");
            assertThat(ids(plan)).doesNotContain("dash-main", "trace-main");
            assertThat(plan.warnings()).anySatisfy(w -> {
                assertThat(w.code()).isEqualTo("license-id-normalized");
                assertThat(w.severity()).isEqualTo(PlanWarning.Severity.INFO);
                assertThat(w.message().in(Lang.EN)).contains("AGPL-3.0 is a deprecated id in the SPDX License List").contains("read as AGPL-3.0-only");
                assertThat(w.message().in(Lang.KO)).contains("AGPL-3.0-only");
            });
        }

        @Test
        void idsAsTheListWritesThem_getNoNote() {
            assertThat(plan("2030", "policy: {denyLicenses: [AGPL-3.0-only, GPL-2.0-or-later]}").warnings())
                    .noneSatisfy(w -> assertThat(w.code()).isEqualTo("license-id-normalized"));
        }
    }

    @Nested
    class Fallbacks {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            // the first fallback was dropped in 2030: the next stands in, saying for which
            "2030, guard-mid, fallback, 'the standard''s usual choice in place of Old Guard, which the standard dropped'",
            // 2031 names the category itself
            "2031, guard-old, edition, 'recommended by the 2031 edition for Guard'",
            // 2032 dropped the first again and the second too: the third stands in for both
            "2032, guard-new, fallback, 'the standard''s usual choice in place of Old Guard, Middle Guard, which the standard dropped'"})
        void theFirstFallbackTheStandardHasNotDropped_isPlanned(String edition, String planned, String origin, String reason) {
            Plan plan = plan(edition, "features: [guard]");
            PlannedComponent guard = plan.component(planned).orElseThrow(() -> new AssertionError(ids(plan)));
            assertThat(guard.origin().id()).isEqualTo(origin);
            assertThat(guard.reasons().get(0).in(Lang.EN)).startsWith(reason);
            assertThat(status(plan, "guard").components()).containsExactly(planned);
            if (origin.equals("fallback")) {
                assertThat(guard.reasons()).anySatisfy(r -> assertThat(r.in(Lang.EN)).startsWith("why the standard dropped Old Guard: "));
            }
        }

        @Test
        void whenTheStandardDroppedEveryFallback_theCategoryIsUncovered_withTheReason() {
            Plan plan = plan("2030", "features: [mesh]");
            assertThat(ids(plan)).doesNotContain("mesh-gone");
            assertThat(status(plan, "mesh").status()).isEqualTo(Status.UNCOVERED);
            assertThat(status(plan, "mesh").note().in(Lang.EN)).isEqualTo("the standard up to the 2030 edition dropped Gone Mesh: gone");
            assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("category-dropped-by-standard"));
        }
    }
}
