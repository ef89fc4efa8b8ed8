package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading manifests: YAML streams and Lists, JSON Lists, directories, stdin, and every kind of bad input. */
class FileInventoryReaderTest {
    static final String DIR = "src/test/resources/audit/inventory";

    static Inventory read(String... paths) {
        return new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(List.of(paths));
    }

    static List<String> refs(Inventory inventory) {
        return inventory.objects().stream().map(o -> o.ref().display() + "@" + o.location().display()).toList();
    }

    @Nested
    @DisplayName("what is read")
    class Reading {
        @Test
        void yamlList_itemsAreStreamedWithTheirLines() {
            assertThat(refs(read(DIR + "/list.yaml"))).containsExactly(
                    "Deployment/shop/web@" + DIR + "/list.yaml:4", "Service/shop/web@" + DIR + "/list.yaml:18");
        }

        @Test
        void jsonList_kindAfterItems_itemsAreStreamedWithTheirLines() {
            assertThat(refs(read(DIR + "/list.json"))).containsExactly(
                    "Deployment/shop/web@" + DIR + "/list.json:4", "Service/shop/web@" + DIR + "/list.json:17");
        }

        @Test
        void yamlAndJsonList_giveTheSameObjects() {
            List<KubeObject> yaml = read(DIR + "/list.yaml").objects();
            List<KubeObject> json = read(DIR + "/list.json").objects();
            assertThat(json).hasSameSizeAs(yaml);
            for (int i = 0; i < yaml.size(); i++) {
                KubeObject y = yaml.get(i);
                KubeObject j = json.get(i);
                assertThat(j.ref()).isEqualTo(y.ref());
                assertThat(j.details()).isEqualTo(y.details());
                assertThat(j.images()).isEqualTo(y.images());
                assertThat(j.labels()).isEqualTo(y.labels());
            }
        }

        @Test
        void anchorsAliasesAndMergeKeys_resolve() {
            KubeObject deployment = read(DIR + "/anchors.yaml").objects().get(0);
            assertThat(deployment.workload().selector().matchLabels()).containsEntry("app", "merged").containsEntry("tier", "front");
            Container app = deployment.workload().pod().containers().get(0);
            assertThat(app.requests()).containsExactlyInAnyOrder("cpu", "memory");
            assertThat(app.privileged()).as("YAML 1.1 'yes' is true, as for kubectl").isTrue();
        }

        @Test
        void directory_isWalkedInNameOrder_skippingHiddenAndNonManifests_warningOnValuesFiles() {
            Inventory inventory = read(DIR + "/tree");
            assertThat(refs(inventory)).containsExactly(
                    "Deployment/shop/web@" + DIR + "/tree/b.yaml:4", "Service/shop/web@" + DIR + "/tree/b.yaml:18",
                    "Namespace/shop@" + DIR + "/tree/nested/a.yml:1");
            assertThat(inventory.warnings()).containsExactly(
                    DIR + "/tree/values.yaml:1: skipped 1 document without apiVersion and kind (not Kubernetes objects)");
        }

        @Test
        void stdin_isReadOnceAndNamed() {
            String yaml = "apiVersion: v1\nkind: Namespace\nmetadata: {name: from-stdin}\n";
            Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                    .read(List.of("-"));
            assertThat(refs(inventory)).containsExactly("Namespace/from-stdin@<stdin>:1");
            assertThat(inventory.source()).isEqualTo("<stdin>");
        }

        @Test
        void byteOrderMark_isSkipped() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] yaml = "{\"apiVersion\": \"v1\", \"kind\": \"Namespace\", \"metadata\": {\"name\": \"bom\"}}".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + yaml.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(yaml, 0, all, bom.length, yaml.length);
            assertThat(refs(new FileInventoryReader(new ByteArrayInputStream(all)).read(List.of("-")))).containsExactly("Namespace/bom@<stdin>:1");
        }
    }

    @Nested
    @DisplayName("bad input: one line naming the place and the fix")
    class BadInput {
        @Test
        void brokenYaml_namesFileLineAndColumn() {
            assertThatThrownBy(() -> read(DIR + "/broken.yaml")).isInstanceOf(UserError.class)
                    .hasMessageStartingWith(DIR + "/broken.yaml:6:5: invalid YAML: ")
                    .hasMessageContaining("Fix the YAML there")
                    .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }

        @Test
        void yamlBomb_isRefusedNotExpanded() {
            assertThatThrownBy(() -> read(DIR + "/bomb.yaml")).isInstanceOf(UserError.class)
                    .hasMessageStartingWith(DIR + "/bomb.yaml:1: this document expands to more than")
                    .hasMessageContaining("YAML nodes");
        }

        @Test
        void notUtf8_isNamed() {
            assertThatThrownBy(() -> read(DIR + "/latin1.yaml")).isInstanceOf(UserError.class)
                    .hasMessage(DIR + "/latin1.yaml: not UTF-8 text. Convert it first (iconv -t UTF-8) or leave it out of -f");
        }

        @Test
        void missingPath_isNamed() {
            assertThatThrownBy(() -> read("no/such/dir")).isInstanceOf(UserError.class)
                    .hasMessage("no/such/dir: no such file or directory. Check the path given to -f");
        }

        @Test
        void invalidJson_namesLine() {
            String json = "{\"apiVersion\": \"v1\",\n \"kind\": \"Namespace\",\n \"metadata\": {\"name\": \"x\",}}";
            assertThatThrownBy(() -> new FileInventoryReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).read(List.of("-")))
                    .isInstanceOf(UserError.class).hasMessageStartingWith("<stdin>:3:").hasMessageContaining("invalid JSON");
        }

        @Test
        void deepNesting_isRefused() {
            String deep = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: " + "[".repeat(200) + "]".repeat(200) + "\n";
            assertThatThrownBy(() -> new FileInventoryReader(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))).read(List.of("-")))
                    .isInstanceOf(UserError.class).hasMessageContaining("nested deeper than");
        }

        @Test
        void stdinTwice_isAUsageError() {
            assertThatThrownBy(() -> read("-", "-")).isInstanceOf(UserError.class).hasMessageContaining("stdin can be read only once");
        }
    }
}
