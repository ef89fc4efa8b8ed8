package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.catalog.SpdxLicenseList.Change;
import dev.ksa.catalog.SpdxLicenseList.Entry;
import dev.ksa.catalog.SpdxLicenseList.Normalized;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPDX License List ksa reads from org.spdx:java-spdx-library, and how ids as written become the ids ksa uses. */
class SpdxLicenseListTest {
    private final SpdxLicenseList spdx = SpdxLicenseList.get();

    @Nested
    class TheList {
        @Test
        void isTheWholePublishedList_withDeprecatedIdsFlagged() {
            assertThat(spdx.version()).as("licenseListVersion").matches("3\\.\\d+(\\.\\d+)?");
            assertThat(spdx.licenses()).as("licenses (3.28.0 lists 727)").hasSizeGreaterThanOrEqualTo(700);
            assertThat(spdx.exceptions()).as("exceptions (3.28.0 lists 84)").hasSizeGreaterThanOrEqualTo(80);
            for (String deprecated : List.of("AGPL-1.0", "AGPL-3.0", "GPL-1.0", "GPL-1.0+", "GPL-2.0", "GPL-2.0+", "GPL-3.0", "GPL-3.0+",
                    "LGPL-2.0", "LGPL-2.0+", "LGPL-2.1", "LGPL-2.1+", "LGPL-3.0", "LGPL-3.0+", "GFDL-1.3", "Nunit")) {
                assertThat(spdx.license(deprecated)).as(deprecated).hasValueSatisfying(e -> assertThat(e.deprecated()).isTrue());
            }
            for (String current : List.of("AGPL-3.0-only", "AGPL-3.0-or-later", "GPL-2.0-only", "GPL-2.0-or-later", "LGPL-2.1-only",
                    "Apache-2.0", "MIT", "BUSL-1.1", "SSPL-1.0", "Elastic-2.0", "MPL-2.0", "BSD-3-Clause")) {
                assertThat(spdx.license(current)).as(current).hasValueSatisfying(e -> assertThat(e.deprecated()).isFalse());
            }
            assertThat(spdx.exception("Classpath-exception-2.0")).isPresent();
            assertThat(spdx.exception("LLVM-exception")).isPresent();
        }

        @Test
        void isReadFromWhereTheLibraryPublishesIt() {
            assertThat(SpdxLicenseList.class.getClassLoader().getResource(SpdxLicenseList.LICENSES)).as(SpdxLicenseList.LICENSES).isNotNull();
            assertThat(SpdxLicenseList.class.getClassLoader().getResource(SpdxLicenseList.EXCEPTIONS)).as(SpdxLicenseList.EXCEPTIONS).isNotNull();
        }

        @Test
        void everyDeprecatedId_normalizesToACurrentId_orIsKeptAndSaysSo() {
            List<Entry> deprecated = spdx.licenses().values().stream().filter(Entry::deprecated).toList();
            assertThat(deprecated).hasSizeGreaterThanOrEqualTo(30);
            for (Entry e : deprecated) {
                Normalized n = spdx.normalize(e.id()).orElseThrow();
                if (n.change() == Change.DEPRECATED) {
                    assertThat(spdx.license(n.id())).as(e.id() + " -> " + n.id()).hasValueSatisfying(c -> assertThat(c.deprecated()).isFalse());
                } else {
                    assertThat(n.change()).as(e.id()).isEqualTo(Change.DEPRECATED_KEPT);
                    assertThat(n.id()).isEqualTo(e.id());
                }
            }
        }
    }

    @Nested
    class Normalizing {
        @ParameterizedTest(name = "{0} is read as {1} ({2})")
        @CsvSource({
            "AGPL-3.0, AGPL-3.0-only, DEPRECATED",
            "AGPL-1.0, AGPL-1.0-only, DEPRECATED",
            "GPL-2.0, GPL-2.0-only, DEPRECATED",
            "GPL-2.0+, GPL-2.0-or-later, DEPRECATED",
            "LGPL-2.1, LGPL-2.1-only, DEPRECATED",
            "LGPL-2.1+, LGPL-2.1-or-later, DEPRECATED",
            "GPL-3.0+, GPL-3.0-or-later, DEPRECATED",
            "AGPL-3.0+, AGPL-3.0-or-later, DEPRECATED",
            "gpl-2.0, GPL-2.0-only, DEPRECATED",
            "Nunit, Nunit, DEPRECATED_KEPT",
            "agpl-3.0-only, AGPL-3.0-only, SPELLING",
            "apache-2.0, Apache-2.0, SPELLING",
            "LGPL-2.1-only+, LGPL-2.1-or-later, SPELLING",
            "AGPL-3.0-only, AGPL-3.0-only, NONE",
            "BUSL-1.1, BUSL-1.1, NONE",
            "Apache-2.0+, Apache-2.0+, NONE",
            "LicenseRef-Lens-EULA, LicenseRef-Lens-EULA, NONE"})
        void idAsWritten_isReadAsTheListWritesIt(String written, String id, Change change) {
            Normalized n = spdx.normalize(written).orElseThrow();
            assertThat(n.id()).isEqualTo(id);
            assertThat(n.change()).isEqualTo(change);
            assertThat(n.written()).isEqualTo(written);
        }

        @Test
        void unknownIds_areNotNormalized() {
            assertThat(spdx.normalize("AGPL")).isEmpty();
            assertThat(spdx.normalize("Apache 2")).isEmpty();
            assertThat(spdx.normalize("")).isEmpty();
            assertThat(spdx.normalize("NotALicense+")).isEmpty();
        }

        @ParameterizedTest(name = "{0} suggests {1}")
        @CsvSource({"AGPL, AGPL-3.0-only", "GPL, GPL-3.0-only", "Apache2, Apache-2.0", "apache, Apache-2.0", "SSPL, SSPL-1.0",
                "BUSL, BUSL-1.1", "Elastic, Elastic-2.0", "MIT License, MIT", "AGPL-3, AGPL-3.0-only",
                "Apache License 2.0, Apache-2.0", "GNU Affero General Public License v3.0, AGPL-3.0-only"})
        void aWrongId_suggestsTheClosestCurrentOne(String wrong, String suggestion) {
            assertThat(spdx.suggest(wrong)).contains(suggestion);
        }
    }

    @Nested
    class Expressions {
        @Test
        void deprecatedIdsInAnExpression_areReadAsTheirCurrentIds() {
            LicenseExpression e = LicenseExpression.parse("GPL-2.0+ AND LGPL-2.1");
            assertThat(e.ids()).isEqualTo(Set.of("GPL-2.0-or-later", "LGPL-2.1-only"));
            assertThat(e.allowedAvoiding(List.of("LGPL-2.1-only"))).isFalse();
            assertThat(LicenseExpression.parse("AGPL-3.0 OR Elastic-2.0").allowedAvoiding(List.of("AGPL-3.0-only"))).isTrue();
            assertThat(LicenseExpression.parse("agpl-3.0").allowedAvoiding(List.of("AGPL-3.0-only"))).isFalse();
        }

        @Test
        void exceptions_areCheckedAgainstTheList() {
            assertThat(LicenseExpression.parse("GPL-2.0-only WITH classpath-exception-2.0"))
                    .isEqualTo(new LicenseExpression.Id("GPL-2.0-only", "Classpath-exception-2.0"));
            assertThatThrownBy(() -> LicenseExpression.parse("GPL-2.0-only WITH Nothing-exception"))
                    .hasMessageContaining("'Nothing-exception' is not an SPDX exception id");
        }

        @Test
        void unknownIds_areErrorsWithTheClosestId() {
            assertThatThrownBy(() -> LicenseExpression.parse("Apache2 OR MIT"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'Apache2' is not an SPDX license id")
                    .hasMessageContaining("Did you mean 'Apache-2.0'?");
        }
    }
}
