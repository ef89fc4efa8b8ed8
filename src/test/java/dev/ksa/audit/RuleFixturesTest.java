package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.inventory.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every rule of {@code audit/rules.yaml} against its fixtures: {@code rules/<id>/fires.yaml}
 * flags exactly the objects annotated {@code audit.ksa.dev/expect: <id>}, and
 * {@code rules/<id>/passes.yaml} flags nothing for that rule.
 */
class RuleFixturesTest {
    static final Path RULES = Path.of(AuditFixtures.ROOT, "rules");

    static Stream<String> ruleIds() {
        return RuleBook.load().all().stream().map(RuleDefinition::id);
    }

    @Nested
    @DisplayName("every rule has an implementation and fixtures")
    class Completeness {
        @Test
        void rulesYamlAndImplementations_nameTheSameIds() {
            Set<String> implemented = new TreeSet<>();
            Rules.all().forEach(r -> implemented.addAll(r.ids()));
            assertThat(implemented).containsExactlyInAnyOrderElementsOf(RuleBook.load().ids());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.ksa.audit.RuleFixturesTest#ruleIds")
        void rule_hasFiresAndPassesFixtures(String id) {
            assertThat(RULES.resolve(id).resolve("fires.yaml")).as("fixture that makes %s fire", id).isRegularFile();
            assertThat(RULES.resolve(id).resolve("passes.yaml")).as("fixture %s must pass", id).isRegularFile();
        }

        @Test
        void fixtureFolders_allNameRules() throws IOException {
            try (Stream<Path> dirs = Files.list(RULES)) {
                assertThat(dirs.map(p -> p.getFileName().toString())).allMatch(RuleBook.load().ids()::contains);
            }
        }
    }

    @ParameterizedTest(name = "{0} fires on exactly the expected objects")
    @MethodSource("ruleIds")
    void fires_onExpectedObjects(String id) throws IOException {
        Path fixture = RULES.resolve(id).resolve("fires.yaml");
        AuditResult result = AuditFixtures.audit(AuditFixtures.read(fixture.toString()));
        Set<String> flagged = result.findings().stream().filter(f -> f.rule().equals(id))
                .map(f -> f.object().display()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(flagged).as("objects %s flags in %s", id, fixture).isNotEmpty().isEqualTo(expected(fixture, id));
    }

    @ParameterizedTest(name = "{0} stays quiet on its passing fixture")
    @MethodSource("ruleIds")
    void passes_flagNothing(String id) {
        Path fixture = RULES.resolve(id).resolve("passes.yaml");
        AuditResult result = AuditFixtures.audit(AuditFixtures.read(fixture.toString()));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(id)).as("findings of %s in %s", id, fixture).isEmpty();
    }

    @ParameterizedTest(name = "{0} can be switched off")
    @MethodSource("ruleIds")
    void disabledRule_reportsNothing(String id) {
        Path fixture = RULES.resolve(id).resolve("fires.yaml");
        AuditResult result = AuditFixtures.audit(AuditFixtures.catalog(), AuditFixtures.read(fixture.toString()), "2026",
                RuleSettings.fromOptions(List.of(id), List.of()));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(id)).isEmpty();
        assertThat(result.disabledRules()).contains(id);
    }

    @ParameterizedTest(name = "{0} takes the severity the user gives")
    @MethodSource("ruleIds")
    void severityOverride_isApplied(String id) {
        Severity other = RuleBook.load().get(id).severity() == Severity.ERROR ? Severity.INFO : Severity.ERROR;
        Path fixture = RULES.resolve(id).resolve("fires.yaml");
        AuditResult result = AuditFixtures.audit(AuditFixtures.catalog(), AuditFixtures.read(fixture.toString()), "2026",
                RuleSettings.fromOptions(List.of(), List.of(id + "=" + other.id())));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(id)).isNotEmpty().allMatch(f -> f.severity() == other);
    }

    /** The objects of a fixture annotated {@code audit.ksa.dev/expect} with the rule id, as Kind/namespace/name. */
    @SuppressWarnings("unchecked")
    static Set<String> expected(Path fixture, String id) throws IOException {
        Set<String> expected = new HashSet<>();
        try (InputStream in = Files.newInputStream(fixture)) {
            for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromInputStream(in)) {
                if (!(doc instanceof Map<?, ?> object)) {
                    continue;
                }
                Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
                Map<String, Object> annotations = metadata == null ? null : (Map<String, Object>) metadata.get("annotations");
                Object rules = annotations == null ? null : annotations.get("audit.ksa.dev/expect");
                if (rules != null && Arrays.asList(rules.toString().split(",")).contains(id)) {
                    Object ns = metadata.get("namespace");
                    expected.add(object.get("kind") + "/" + (ns == null ? "" : ns + "/") + metadata.get("name"));
                }
            }
        }
        return new TreeSet<>(expected);
    }
}
