package dev.ksa.plan;

import static dev.ksa.plan.Profiles.onPrem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.catalog.Catalog;
import dev.ksa.support.UserError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad profile gets one line naming file:line:column, what is wrong and what to do. */
class ProfileReaderTest {

    static String error(String yaml) {
        try {
            new Planner(Catalog.load(), Profiles.DECEMBER_2026).plan(ProfileReader.parse(yaml, "platform.yaml"));
        } catch (UserError e) {
            assertThat(e.exitCode()).isEqualTo(2);
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "environment: onprem|  environment: on-prem|platform.yaml:6:16: spec.environment: 'onprem' is not one of on-prem, aws, gcp, azure. Did you mean 'on-prem'?",
        "edition typo|  edition: \"2026\"|platform.yaml:5:12: unknown edition '2062'.",
        "unknown field|  domain: test.internal|platform.yaml:7:3: unknown field 'domian' in spec. Did you mean 'domain'?",
    })
    void wrongValue_namesTheLineAndTheFix(String name, String original, String expected) {
        String yaml = onPrem("2026", "");
        String broken = switch (name) {
            case "environment: onprem" -> yaml.replace("environment: on-prem", "environment: onprem");
            case "edition typo" -> yaml.replace("edition: \"2026\"", "edition: \"2062\"");
            default -> yaml.replace("domain: test.internal", "domian: test.internal");
        };
        assertThat(broken).isNotEqualTo(yaml).contains(original.strip().replace("on-prem", "").isEmpty() ? "" : "");
        assertThat(error(broken)).startsWith(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "metadata: {name: test}|metadata: {name: Demo_1}|platform.yaml:3:18: metadata.name: 'Demo_1' is not valid. A DNS label: lower-case letters, digits and '-'",
        "kind: Platform|kind: Platfrom|platform.yaml:2:7: kind: must be Platform, not 'Platfrom'",
        "apiServer: {vip: 10.0.0.10}|apiServer: {vip: 999.0.0.10}|platform.yaml:13:22: spec.cluster.apiServer.vip: '999.0.0.10' is not an IPv4 address. The virtual IP",
        "workers: 3|workers: -3|platform.yaml:11:14: spec.cluster.workers: must have a minimum value of 0. Worker nodes",
    })
    void schemaViolation_saysTheValueAndWhatTheFieldIs(String original, String broken, String expected) {
        String yaml = onPrem("2026", "");
        assertThat(yaml).contains(original);
        assertThat(error(yaml.replace(original, broken))).startsWith(expected);
    }

    @Test
    void componentTypo_suggestsTheClosestId() {
        assertThat(error(onPrem("2026", "exclude: [cert-manger]")))
                .isEqualTo("platform.yaml:15:13: unknown component 'cert-manger' in spec.exclude. Did you mean 'cert-manager'? (ksa catalog list)");
    }

    @Test
    void componentOfTheWrongCategory_saysWhereItBelongs() {
        assertThat(error(onPrem("2026", "choose: {cni: metallb}")))
                .startsWith("platform.yaml:15:17: metallb is a load-balancer component, not cni. Write choose: {load-balancer: metallb}, or pick one of calico, cilium for cni");
    }

    @Test
    void unknownCategoryInChoose_namesTheCategories() {
        assertThat(error(onPrem("2026", "choose: {tracing: jaeger}"))).startsWith("platform.yaml:15:12: unknown category 'tracing' in spec.choose.");
    }

    @Test
    void unknownFeature_suggestsTheClosest() {
        assertThat(error(onPrem("2026", "features: [servicemesh]"))).startsWith("platform.yaml:15:14: unknown feature 'servicemesh'. Did you mean 'service-mesh'?");
    }

    @Test
    void chosenAndExcluded_isAContradiction() {
        assertThat(error(onPrem("2026", "choose: {cni: cilium}\nexclude: [cilium]"))).contains("cilium is both chosen and excluded");
    }

    @Test
    void unknownLicense_isNotSpdx_andTheClosestListedIdIsSuggested() {
        assertThat(error(onPrem("2026", "policy: {denyLicenses: [AGPL]}")))
                .startsWith("platform.yaml:15:27: 'AGPL' is not an SPDX license id (SPDX License List 3.")
                .contains("Did you mean 'AGPL-3.0-only'?");
    }

    @Test
    void deprecatedLicenseId_isNoError() {
        assertThat(Profiles.plan(onPrem("2026", "policy: {denyLicenses: [AGPL-3.0, GPL-2.0+]}")).warnings())
                .anySatisfy(w -> assertThat(w.code()).isEqualTo("license-id-normalized"));
    }

    @Test
    void missingSpec_isRequired() {
        assertThat(error("apiVersion: ksa.dev/v1alpha1\nkind: Platform\nmetadata: {name: x}\n"))
                .isEqualTo("platform.yaml:1:1: missing required field 'spec'. Add it (ksa init shows a complete profile)");
    }

    @Test
    void invalidYaml_namesThePosition() {
        assertThat(error("apiVersion: ksa.dev/v1alpha1\nkind: [Platform\n")).startsWith("platform.yaml:3:1: invalid YAML:");
    }

    @Test
    void duplicateKey_isRefused() {
        assertThat(error(onPrem("2026", "").replace("  domain: test.internal\n", "  domain: a.internal\n  domain: b.internal\n")))
                .isEqualTo("platform.yaml:8:3: duplicate key 'domain'. Keep one of them");
    }

    @Test
    void yamlBomb_isRefusedNotExpanded() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThat(error(bomb.toString())).startsWith("platform.yaml:");
    }

    @Test
    void secondDocument_isRefused() {
        assertThat(error(onPrem("2026", "") + "---\nfoo: bar\n")).contains("a second YAML document");
    }

    @Test
    void clusterThatDisagreesWithItself_isRefused() {
        String yaml = onPrem("2026", "").replace("    loadBalancerRange", "    nodes:\n      - {name: cp1, ip: 10.0.0.11, role: control-plane}\n    loadBalancerRange");
        assertThat(error(yaml)).contains("controlPlanes is 3 but spec.cluster.nodes lists 1 control-plane nodes");
    }

    @Test
    void nonUtf8_isRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("platform.yaml");
        Files.write(file, onPrem("2026", "").replace("test", "t\u00e9st").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ProfileReader.read(file)).hasMessageEndingWith("not UTF-8 text. Save it as UTF-8 (iconv -f EUC-KR -t UTF-8 for Korean Windows files)");
    }

    @Test
    void missingFile_saysHowToCreateOne(@TempDir Path dir) {
        assertThatThrownBy(() -> ProfileReader.read(dir.resolve("nope.yaml"))).hasMessageContaining("no such file. Create one with 'ksa init >");
    }

    @Test
    void integerEdition_meansTheSameAsAString() {
        Plan plan = Profiles.plan(onPrem("2026", "").replace("edition: \"2026\"", "edition: 2026"));
        assertThat(plan.edition()).isEqualTo("2026");
    }

    @Test
    void publishedSchema_isTheOneShipped() throws Exception {
        Path published = Path.of("schemas/platform.schema.json");
        try (var in = ProfileSchema.class.getClassLoader().getResourceAsStream(ProfileSchema.RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(published));
        }
    }
}
