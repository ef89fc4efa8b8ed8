package dev.ksa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every warning code the planner can emit is documented in docs/plan.md, and nothing documented is dead. */
class PlanDocsTest {
    @Test
    void everyWarningCode_isDocumented() throws Exception {
        Set<String> inCode = new TreeSet<>();
        Pattern code = Pattern.compile("\"([a-z]+(?:-[a-z]+)+)\"\\s*[,:]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/ksa/plan"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = Pattern.compile("(?:warn\\(|new PlanWarning\\()\"([a-z]+(?:-[a-z]+)*)\"").matcher(text);
                while (m.find()) {
                    inCode.add(m.group(1));
                }
                Matcher chosen = Pattern.compile("warn\\(\\w+ \\? \"([a-z-]+)\" : \"([a-z-]+)\"").matcher(text);
                while (chosen.find()) {
                    inCode.add(chosen.group(1));
                    inCode.add(chosen.group(2));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\|").matcher(Files.readString(Path.of("docs/plan.md")));
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertThat(code.pattern()).isNotEmpty();
        assertThat(inCode).contains("capacity-high", "capacity-exceeded", "install-cycle", "requirement-unsatisfied");
        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(documented);
        Set<String> dead = new TreeSet<>(documented);
        dead.removeAll(inCode);
        assertThat(undocumented).as("codes emitted but not in docs/plan.md").isEmpty();
        assertThat(dead).as("codes in docs/plan.md the planner never emits").isEmpty();
    }
}
