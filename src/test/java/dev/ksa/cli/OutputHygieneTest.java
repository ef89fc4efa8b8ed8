package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ksa prints names no file of its own source tree (catalog/components/x.yaml, the seed texts the data was
 * read from, Java classes): a user cannot open them, and they change when the code does.
 */
class OutputHygieneTest {
    static final Pattern INTERNAL = Pattern.compile(
            "seeds/|\\d{3}_[0-9a-f]{16}\\.txt|catalog/(components|editions|sets)/|src/(main|test)/|\\bdev\\.ksa\\.|\\w+\\.java\\b|\\$[A-Z]\\w+|"
                    + "\\bjava\\.(lang|util|io)\\.|com\\.fasterxml|org\\.snakeyaml|picocli\\.");

    static Stream<List<String>> invocations() {
        Catalog catalog = Catalog.load();
        List<List<String>> runs = new ArrayList<>();
        for (String format : List.of("table", "json", "yaml")) {
            for (String lang : List.of("ko", "en")) {
                runs.add(List.of("catalog", "list", "-o", format, "--lang", lang));
                runs.add(List.of("catalog", "editions", "-o", format, "--lang", lang));
                catalog.components().forEach(c -> runs.add(List.of("catalog", "show", c.id(), "-o", format, "--lang", lang)));
                List<Edition> editions = List.copyOf(catalog.editions());
                for (int i = 1; i < editions.size(); i++) {
                    runs.add(List.of("catalog", "diff", editions.get(i - 1).id(), editions.get(i).id(), "-o", format, "--lang", lang));
                }
                for (String example : List.of("on-prem-minimal", "on-prem-full", "aws", "license-restricted")) {
                    runs.add(List.of("plan", "examples/" + example + ".yaml", "-o", format, "--lang", lang));
                }
                runs.add(List.of("version", "-o", format));
            }
            runs.add(List.of("init"));
            runs.add(List.of("init", "--environment", "aws"));
        }
        runs.add(List.of("plan", "examples/on-prem-full.yaml", "-o", "mermaid"));
        runs.add(List.of("plan", "examples/on-prem-full.yaml", "-o", "dot"));
        return runs.stream().distinct();
    }

    @ParameterizedTest(name = "ksa {0}")
    @MethodSource("invocations")
    void output_namesNoInternalFile(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as("ksa %s: %s", args, run.err()).isIn(0, 1);
        assertThat(run.out()).isNotBlank();
        for (String stream : List.of(run.out(), run.err())) {
            var found = INTERNAL.matcher(stream);
            if (found.find()) {
                throw new AssertionError("ksa " + String.join(" ", args) + " prints an internal name: ..."
                        + stream.substring(Math.max(0, found.start() - 40), Math.min(stream.length(), found.end() + 40)) + "...");
            }
        }
    }
}
