package dev.ksa.cli;

import dev.ksa.render.FileTree;
import dev.ksa.render.TreeWriter;
import dev.ksa.validate.ValidateOptions;
import dev.ksa.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The images a generated platform's charts and manifests really run, for {@code ksa generate --charts}:
 * the tree is written to a scratch folder and rendered as validation renders it (the renders are
 * cached, so the validation that follows costs nothing more).
 */
final class RenderedImages {
    private RenderedImages() {}

    static Set<String> of(FileTree tree, List<Path> charts, List<Path> manifests) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("ksa-generate-");
            Path dir = scratch.resolve("tree");
            TreeWriter.write(tree, dir, true);
            return Validator.images(dir, ValidateOptions.defaults().withCharts(charts).withManifests(manifests));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                try {
                    dev.ksa.support.Folders.delete(scratch);
                } catch (IOException e) {
                    // a scratch folder left behind in the temporary directory is harmless
                }
            }
        }
    }
}
