package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Fingerprints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The refinements of a component's fingerprints point at its own fingerprints, so a typo cannot
 * silently switch a version source or a supporting entry off; and no image identifies two
 * components, since then one project's pods would count as another's.
 */
class FingerprintDataTest {
    static final String VERSION_LABEL = FingerprintIndex.APP_VERSION;

    @Test
    void versionFromAndSupporting_nameTheComponentsOwnFingerprints() {
        SoftAssertions soft = new SoftAssertions();
        for (Component c : Catalog.load().components()) {
            Fingerprints f = c.fingerprints();
            f.versionFrom().forEach(v -> soft.assertThat(f.images().contains(v) || v.equals(VERSION_LABEL))
                    .as("%s: versionFrom %s is one of its fingerprint images or %s", c.id(), v, VERSION_LABEL).isTrue());
            List<String> all = Stream.of(f.images(), f.crdGroups(), f.charts(), f.labels(), f.names()).flatMap(List::stream).toList();
            f.supporting().forEach(s -> soft.assertThat(all).as("%s: supporting %s is one of its fingerprints", c.id(), s).contains(s));
            f.supporting().forEach(s -> soft.assertThat(f.versionFrom()).as("%s: %s cannot both support and give the version", c.id(), s)
                    .doesNotContain(s));
        }
        soft.assertAll();
    }

    @Test
    void noImageRepository_identifiesTwoComponents() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Component c : Catalog.load().components()) {
            c.fingerprints().images().forEach(i -> owners.computeIfAbsent(ImageName.parse(i).repository(), k -> new ArrayList<>()).add(c.id()));
        }
        owners.values().removeIf(ids -> ids.stream().distinct().count() < 2);
        assertThat(owners).as("image repositories listed by several components").isEmpty();
    }
}
