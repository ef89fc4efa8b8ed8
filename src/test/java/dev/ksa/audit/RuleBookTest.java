package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** audit/rules.yaml and audit/deprecated-apis.yaml are complete: both languages, known groups, sane placeholders. */
class RuleBookTest {
    static final Set<String> GROUPS = Set.of("workloads", "containers", "security", "networking", "scaling", "storage", "objects", "lifecycle");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    @Test
    void everyRule_isCompleteInBothLanguages() {
        SoftAssertions soft = new SoftAssertions();
        for (RuleDefinition r : RuleBook.load().all()) {
            soft.assertThat(r.id()).as("id").matches("[a-z0-9]+(-[a-z0-9]+)*");
            soft.assertThat(r.severity()).as("severity of %s", r.id()).isNotNull();
            soft.assertThat(GROUPS).as("group of %s", r.id()).contains(r.group());
            soft.assertThat(r.source()).as("source of %s", r.id()).isNotBlank();
            for (var text : List.of(r.title(), r.help(), r.message())) {
                soft.assertThat(text).as("texts of %s", r.id()).isNotNull();
                if (text != null) {
                    soft.assertThat(text.complete()).as("%s in ko and en: %s", r.id(), text).isTrue();
                }
            }
            if (r.message() != null && r.message().complete()) {
                soft.assertThat(placeholders(r.message().ko())).as("placeholders of %s agree across languages", r.id())
                        .isEqualTo(placeholders(r.message().en()));
            }
        }
        soft.assertAll();
    }

    @Test
    void peersAndPss_areWellFormed() {
        assertThat(RuleBook.load().all()).allSatisfy(r -> {
            assertThat(r.pss()).as("pss of %s", r.id()).isIn(null, "baseline", "restricted");
            assertThat(r.peers().popeye()).as("Popeye codes of %s", r.id()).allMatch(c -> c.matches("POP-\\d{3,4}"));
            assertThat(r.peers().pluto()).as("Pluto columns of %s", r.id()).allMatch(c -> c.equals("REMOVED") || c.equals("DEPRECATED"));
            assertThat(r.peers().kubeScore()).as("kube-score ids of %s", r.id()).allMatch(c -> c.matches("[a-z]+(-[a-z]+)*"));
            assertThat(r.peers().polaris()).as("Polaris ids of %s", r.id()).allMatch(c -> c.matches("[a-z][A-Za-z]+"));
        });
        assertThat(RuleBook.load().all()).filteredOn(r -> r.pss() != null).extracting(RuleDefinition::group).containsOnly("security");
    }

    @Test
    void deprecatedApis_areWellFormed() {
        assertThat(DeprecatedApi.load()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.apiVersion()).contains("/");
            assertThat(d.kinds()).isNotEmpty();
            assertThat(d.deprecatedIn()).matches("1\\.\\d+");
            assertThat(d.removedIn() == null || d.removedIn().matches("1\\.\\d+")).isTrue();
            assertThat(d.replacement().complete()).isTrue();
        });
        assertThat(DeprecatedApi.find(DeprecatedApi.load(), "policy/v1beta1", "PodSecurityPolicy")).isPresent();
        assertThat(DeprecatedApi.find(DeprecatedApi.load(), "batch/v1beta1", "CronJob")).isPresent();
        assertThat(DeprecatedApi.find(DeprecatedApi.load(), "extensions/v1beta1", "Ingress")).isPresent();
        assertThat(DeprecatedApi.find(DeprecatedApi.load(), "apps/v1", "Deployment")).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
