package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing is atomic, idempotent and never overwrites a hand edit without force. */
class TreeWriterTest {
    @TempDir Path tmp;

    static FileTree tree(String... pathsAndContents) {
        TreeMap<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return new FileTree(files);
    }

    @Test
    void newDirectory_isWrittenWhole_withAManifest() throws Exception {
        Path dir = tmp.resolve("repo");
        TreeWriter.Result r = TreeWriter.write(tree("a.yaml", "a\n", "b/c.yaml", "c\n"), dir, false);
        assertThat(r.written()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("b/c.yaml"))).isEqualTo("c\n");
        assertThat(Files.readString(dir.resolve(".ksa/manifest.json"))).contains("\"a.yaml\"").contains("\"b/c.yaml\"");
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("repo");
        }
    }

    @Test
    void sameTreeTwice_changesNothing() {
        Path dir = tmp.resolve("repo");
        TreeWriter.write(tree("a.yaml", "a\n"), dir, false);
        TreeWriter.Result again = TreeWriter.write(tree("a.yaml", "a\n"), dir, false);
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void handEditedFile_isRefusedWithoutForce_andNothingIsWritten() throws Exception {
        Path dir = tmp.resolve("repo");
        TreeWriter.write(tree("a.yaml", "a\n", "b.yaml", "b\n"), dir, false);
        Files.writeString(dir.resolve("a.yaml"), "edited by hand\n");
        assertThatThrownBy(() -> TreeWriter.write(tree("a.yaml", "a2\n", "b.yaml", "b2\n"), dir, false))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("1 file(s) changed by hand since ksa generated them, or not written by ksa: a.yaml")
                .hasMessageContaining("--force");
        assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("edited by hand\n");
        assertThat(Files.readString(dir.resolve("b.yaml"))).as("nothing written when refusing").isEqualTo("b\n");
        TreeWriter.Result forced = TreeWriter.write(tree("a.yaml", "a2\n", "b.yaml", "b2\n"), dir, true);
        assertThat(forced.edited()).containsExactly("a.yaml");
        assertThat(Files.readString(dir.resolve("a.yaml"))).isEqualTo("a2\n");
    }

    @Test
    void fileNotWrittenByKsa_isNotOverwritten() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(dir.resolve("README.md"), "mine\n");
        assertThatThrownBy(() -> TreeWriter.write(tree("README.md", "ksa's\n"), dir, false)).hasMessageContaining("README.md");
    }

    @Test
    void filesKsaNoLongerGenerates_areRemoved_butTheUsersOwnFilesStay() throws Exception {
        Path dir = tmp.resolve("repo");
        TreeWriter.write(tree("a.yaml", "a\n", "old.yaml", "old\n"), dir, false);
        Files.writeString(dir.resolve("notes.txt"), "the user's\n");
        TreeWriter.Result r = TreeWriter.write(tree("a.yaml", "a\n"), dir, false);
        assertThat(r.removed()).isEqualTo(1);
        assertThat(dir.resolve("old.yaml")).doesNotExist();
        assertThat(dir.resolve("notes.txt")).hasContent("the user's");
    }

    @Test
    void targetThatIsAFile_isAUserError() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> TreeWriter.write(tree("a.yaml", "a\n"), file, false)).isInstanceOf(UserError.class).hasMessageContaining("not a directory");
    }
}
