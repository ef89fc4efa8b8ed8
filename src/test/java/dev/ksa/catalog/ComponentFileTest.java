package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every component file on its own: every field filled, both languages, valid SPDX, coordinates. */
class ComponentFileTest {

    static Stream<String> files() {
        return CatalogLoader.list("components").stream();
    }

    static final List<String> CATEGORY_IDS =
            CatalogLoader.fromClasspath().categories().stream().map(Category::id).toList();

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void componentFile_isComplete(String file) {
        Component c = CatalogLoader.fromClasspath().components().stream()
                .filter(x -> file.endsWith("/" + x.id() + ".yaml")).findFirst().orElseThrow(
                        () -> new AssertionError(file + ": id must equal the file name"));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(c.id()).as("id").matches("[a-z0-9]+(-[a-z0-9]+)*");
        soft.assertThat(c.name()).as("name").isNotBlank();
        soft.assertThat(c.nameKo()).as("nameKo").isNotBlank();
        soft.assertThat(CATEGORY_IDS).as("category of " + c.id()).contains(c.category());
        soft.assertThat(c.repo()).as("repo").startsWith("https://");
        soft.assertThat(c.homepage()).as("homepage").startsWith("https://");
        soft.assertThatCode(() -> LicenseExpression.parse(c.license())).as("license " + c.license()).doesNotThrowAnyException();
        soft.assertThat(c.description()).as("description").isNotNull();
        soft.assertThat(c.why()).as("why").isNotNull();
        if (c.description() != null) {
            soft.assertThat(c.description().complete()).as("description in ko and en").isTrue();
        }
        if (c.why() != null) {
            soft.assertThat(c.why().complete()).as("why in ko and en").isTrue();
        }
        c.alternatives().forEach(a -> soft.assertThat(a.when() != null && a.when().complete())
                .as("alternative " + a.id() + " says when, in ko and en").isTrue());
        soft.assertThat(c.install()).as("install").isNotNull();
        soft.assertThat(c.resources()).as("resources").isNotNull();
        if (c.resources() != null) {
            soft.assertThatCode(c.resources()::cpuMillis).as("resources.cpu").doesNotThrowAnyException();
            soft.assertThatCode(c.resources()::memoryMi).as("resources.memory").doesNotThrowAnyException();
        }
        soft.assertThat(c.provides()).as("provides").isNotEmpty();
        if (c.install() != null) {
            Install install = c.install();
            soft.assertThat(install.kind()).as("install.kind").isNotNull();
            soft.assertThat(c.version()).as("a pinned version").isNotBlank();
            if (install.inCluster()) {
                soft.assertThat(install.namespace()).as("install.namespace").isNotBlank();
                soft.assertThat(c.fingerprints().empty()).as("fingerprints of an in-cluster component").isFalse();
                soft.assertThat(c.fingerprints().images()).as("fingerprint images").isNotEmpty();
                soft.assertThat(c.images()).as("images to mirror").isNotEmpty();
                c.images().forEach(i -> soft.assertThat(i).as("image " + i + " has a tag or digest").matches(".+[:@].+"));
                c.fingerprints().images().forEach(i -> soft.assertThat(i).as("fingerprint image " + i + " has no tag")
                        .doesNotContain("@").satisfies(s -> assertThat(s.substring(s.lastIndexOf('/') + 1)).doesNotContain(":")));
                c.fingerprints().labels().forEach(l -> soft.assertThat(l).as("label").matches("[^=]+=[^=]+"));
                soft.assertThat(c.resources() == null ? 0 : c.resources().cpuMillis()).as("in-cluster cpu request").isPositive();
            }
            if (install.kind() == InstallKind.HELM) {
                soft.assertThat(install.charts()).as("charts").isNotEmpty();
                install.charts().forEach(ch -> {
                    soft.assertThat(ch.release()).as("chart release").isNotBlank();
                    soft.assertThat(ch.repo()).as("chart repo").matches("(https|oci)://.+");
                    soft.assertThat(ch.chart()).as("chart name").isNotBlank();
                    soft.assertThat(ch.version()).as("chart version of " + ch.chart()).isNotBlank();
                    soft.assertThat(ch.appVersion()).as("app version of " + ch.chart()).isNotBlank();
                });
            }
            if (install.kind() == InstallKind.MANIFEST) {
                soft.assertThat(install.manifests()).as("manifests").isNotEmpty();
            }
        }
        if (c.lifecycle().status() != Lifecycle.Status.ACTIVE) {
            soft.assertThat(c.lifecycle().note()).as("lifecycle note when not active").isNotNull();
        }
        c.stars().forEach((edition, stars) -> soft.assertThat(stars).as("stars " + edition).matches("[0-9]+(\\.[0-9]+)?k?"));
        soft.assertAll();
    }
}
