package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ksa completion bash}: a script bash accepts, that completes commands, options and -o/--lang values when sourced. */
class CompletionTest {
    @TempDir static Path dir;
    static Path script;

    @BeforeAll
    static void writeScript() throws Exception {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.code()).isZero();
        assertThat(CliRun.of("completion", "zsh").out()).isEqualTo(run.out());
        script = Files.writeString(dir.resolve("ksa.bash"), run.out());
        assertThat(bash("bash -n " + script)).isEqualTo("");
    }

    /** What the completion function offers for the words typed so far (the last one being completed). */
    @ParameterizedTest(name = "ksa {0}<TAB>")
    @CsvSource(delimiter = '|', value = {
        "cat                      | catalog",
        "catalog                  | list show editions diff",
        "catalog list --ed        | --edition",
        "plan x.yaml -o           | table json yaml mermaid dot",
        "catalog show argo-cd -o  | table json yaml",
        "audit --lang             | ko en",
        "completion               | bash zsh",
        "audit -o                 | table json yaml md html sarif",
        "vers                     | version",
    })
    void sourcedScript_completes(String typed, String expected) throws Exception {
        String words = typed.strip();
        boolean partial = !List.of("catalog", "-o", "--lang", "completion").contains(words.substring(words.lastIndexOf(' ') + 1));
        String line = "ksa " + words + (partial ? "" : " ");
        String array = "ksa " + words + (partial ? "" : " ''");
        String offered = bash("source " + script + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + array + "); "
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_ksa 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertThat(offered.lines().map(String::strip).toList()).containsExactlyInAnyOrder(expected.split(" "));
    }

    private static String bash(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
