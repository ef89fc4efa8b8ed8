package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated repository of every example, file by file, against {@code golden/generate/<example>/}.
 * Regenerate with {@code ./mvnw test -Dgolden.update=true -Dtest=GenerateGoldenTest}.
 */
class GenerateGoldenTest {

    static List<String> examples() {
        return Examples.ALL;
    }

    @ParameterizedTest(name = "examples/{0}.yaml")
    @MethodSource("examples")
    void generatedTree_matchesItsGoldenFiles(String example) throws IOException {
        FileTree tree = Examples.tree(example);
        Path root = GoldenFiles.ROOT.resolve("generate").resolve(example);
        if (Boolean.getBoolean("golden.update") && Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        tree.files().forEach((path, content) -> GoldenFiles.check("generate/" + example + "/" + path, content, GenerateGoldenTest.class));
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                List<String> expected = files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
                assertThat(expected).as("golden files of %s that ksa no longer generates (regenerate with -Dgolden.update=true)", example)
                        .containsExactlyElementsOf(tree.files().keySet());
            }
        }
    }

    @ParameterizedTest(name = "examples/{0}.yaml renders the same bytes twice")
    @MethodSource("examples")
    void render_isDeterministic(String example) {
        assertThat(Examples.tree(example).files()).isEqualTo(Examples.tree(example).files());
    }
}
