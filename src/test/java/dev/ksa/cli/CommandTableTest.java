package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command table says, for every command, which {@code -o} formats it accepts and whether it honours
 * {@code --lang}; this test enumerates the commands ksa really has and holds the table to them: the same commands,
 * exactly the formats the option accepts (each one run and its output parsed), and {@code --lang ko} changing what a
 * command prints wherever the table says yes.
 */
class CommandTableTest {
    /** Every -o value any tool in our field uses; a command's option must accept exactly the README's and reject the rest. */
    static final List<String> ANY_FORMAT = List.of("table", "json", "yaml", "md", "markdown", "html", "sarif", "mermaid", "dot",
            "xml", "csv", "text", "txt", "wide", "name", "junit", "tap");
    static final Path AUDIT_FIXTURE = Path.of("src/test/resources/audit/e2e/cluster.yaml");

    @TempDir static Path work;
    static Path generated;

    record Row(String command, Set<String> formats, boolean lang) {}

    @BeforeAll
    static void generateATree() {
        generated = work.resolve("repo");
        assertThat(CliRun.of("generate", "examples/aws.yaml", "-d", generated.toString(), "--no-validate", "--lang", "en").code()).isZero();
    }

    /** A real invocation of each command (without -o and --lang); a new command fails the test until it has one. */
    static List<String> sample(String command) {
        return switch (command) {
            case "catalog list" -> List.of("catalog", "list");
            case "catalog show" -> List.of("catalog", "show", "argo-cd");
            case "catalog editions" -> List.of("catalog", "editions");
            case "catalog diff" -> List.of("catalog", "diff", "2025", "2026");
            case "init" -> List.of("init");
            case "plan" -> List.of("plan", "examples/aws.yaml");
            case "validate" -> List.of("validate", generated.toString(), "--no-tools");
            case "audit" -> List.of("audit", "-f", AUDIT_FIXTURE.toString());
            case "version" -> List.of("version");
            case "completion" -> List.of("completion", "bash");
            case "generate" -> List.of("generate", "examples/aws.yaml", "--no-validate", "-d");
            default -> throw new AssertionError("no sample invocation of 'ksa " + command + "' in CommandTableTest.sample; add one");
        };
    }

    static Map<String, Row> readme() throws Exception {
        Map<String, Row> rows = new TreeMap<>();
        String text = Files.readString(Path.of("README.md"));
        String section = text.substring(text.indexOf("## Commands"), text.indexOf("\n## ", text.indexOf("## Commands") + 5));
        for (String line : section.lines().filter(l -> l.startsWith("| `ksa ")).toList()) {
            String[] cells = Arrays.stream(line.split("(?<!\\\\)\\|")).map(String::strip).toArray(String[]::new);
            assertThat(cells).as("columns of %s", line).hasSize(5);
            List<String> words = new ArrayList<>();
            for (String word : cells[1].replace("`", "").split(" +")) {
                if (word.equals("ksa")) {
                    continue;
                }
                if (!word.matches("[a-z][a-z-]*")) {
                    break;
                }
                words.add(word);
            }
            Set<String> formats = new TreeSet<>();
            if (!cells[3].startsWith("—")) {
                Arrays.stream(cells[3].split(",")).map(String::strip).forEach(formats::add);
            }
            rows.put(String.join(" ", words), new Row(String.join(" ", words), formats, !cells[4].startsWith("—")));
        }
        return rows;
    }

    static Map<String, CommandLine> commands() {
        Map<String, CommandLine> leaves = new LinkedHashMap<>();
        collect(new CommandLine(new Main()), leaves);
        return leaves;
    }

    private static void collect(CommandLine command, Map<String, CommandLine> leaves) {
        if (command.getSubcommands().isEmpty()) {
            leaves.put(command.getCommandSpec().qualifiedName().replaceFirst("^ksa ", ""), command);
        }
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) {
                collect(sub, leaves);
            }
        });
    }

    static Set<String> accepted(CommandLine command) {
        OptionSpec output = command.getCommandSpec().findOption("-o");
        Set<String> formats = new TreeSet<>();
        if (output == null) {
            return formats;
        }
        assertThat(output.converters()).as("-o of %s checks its values", command.getCommandName()).isNotEmpty();
        for (String format : ANY_FORMAT) {
            try {
                output.converters()[0].convert(format);
                formats.add(format);
            } catch (Exception rejected) {
                // not a format of this command
            }
        }
        return formats;
    }

    @Test
    void readmeTable_listsExactlyTheCommands() throws Exception {
        assertThat(readme().keySet()).isEqualTo(commands().keySet());
    }

    @Test
    void readmeTable_givesEachCommandItsOutputFormatsAndLang() throws Exception {
        Map<String, Row> rows = readme();
        commands().forEach((name, command) -> {
            Row row = rows.get(name);
            assertThat(row).as("README row of ksa %s", name).isNotNull();
            assertThat(row.formats()).as("-o of ksa %s (README vs the option)", name).isEqualTo(accepted(command));
            assertThat(row.lang()).as("--lang of ksa %s (README vs the option)", name)
                    .isEqualTo(command.getCommandSpec().findOption("--lang") != null);
        });
    }

    static Stream<Arguments> formats() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : readme().values()) {
            row.formats().forEach(f -> cases.add(Arguments.of(row.command(), f)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "ksa {0} -o {1}")
    @MethodSource("formats")
    void everyFormat_theReadmeNames_printsThatFormat(String command, String format) throws Exception {
        List<String> args = new ArrayList<>(sample(command));
        args.addAll(List.of("-o", format, "--lang", "en"));
        if (!commands().get(command).getCommandSpec().options().stream().anyMatch(o -> o.longestName().equals("--lang"))) {
            args.subList(args.size() - 2, args.size()).clear();
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as("ksa %s: %s", String.join(" ", args), run.err()).isIn(0, 1);
        assertThat(run.out()).isNotBlank();
        switch (format) {
            case "json", "sarif" -> new ObjectMapper().readTree(run.out());
            case "yaml" -> new Load(LoadSettings.builder().build()).loadFromString(run.out());
            case "html" -> assertThat(run.out()).containsIgnoringCase("<html");
            case "mermaid" -> assertThat(run.out()).startsWith("flowchart");
            case "dot" -> assertThat(run.out()).startsWith("digraph");
            default -> assertThat(run.out()).doesNotStartWith("{").doesNotStartWith("[");
        }
    }

    static Stream<String> languageCommands() throws Exception {
        return readme().values().stream().filter(Row::lang).map(Row::command);
    }

    @ParameterizedTest(name = "ksa {0} --lang ko")
    @MethodSource("languageCommands")
    void lang_changesWhatTheCommandPrints(String command) throws Exception {
        if (command.equals("generate")) {
            for (String lang : List.of("ko", "en")) {
                List<String> args = new ArrayList<>(sample(command));
                args.addAll(List.of(work.resolve(lang).toString(), "--lang", lang));
                assertThat(CliRun.of(args.toArray(String[]::new)).code()).isZero();
            }
            assertThat(work.resolve("ko/README.md")).content().containsPattern("[가-힣]")
                    .isNotEqualTo(Files.readString(work.resolve("en/README.md")));
            return;
        }
        List<String> ko = new ArrayList<>(sample(command));
        ko.addAll(List.of("--lang", "ko"));
        List<String> en = new ArrayList<>(sample(command));
        en.addAll(List.of("--lang", "en"));
        String korean = CliRun.of(ko.toArray(String[]::new)).out();
        String english = CliRun.of(en.toArray(String[]::new)).out();
        assertThat(korean).as("ksa %s --lang ko", command).containsPattern("[가-힣]").isNotEqualTo(english);
        Matcher hangul = Pattern.compile("[가-힣]").matcher(english);
        int hangulInEnglish = 0;
        while (hangul.find()) {
            hangulInEnglish++;
        }
        int hangulInKorean = (int) korean.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        assertThat(hangulInKorean).as("ksa %s --lang ko prints more Korean than --lang en", command).isGreaterThan(hangulInEnglish);
    }
}
