package dev.ksa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** YAML output keeps strings whole: long ones on one line, multi-line ones as literal blocks, and every value reads back the same. */
class DocumentsTest {
    static final String LONG = ("Because GitOps keeps application source (CI) apart from deployment source (CD), changing only "
            + "resources deploys fast. 애플리케이션 소스코드와 배포 소스코드를 별개로 관리합니다. ").repeat(2).strip();

    @Test
    void longString_staysOnOneLine_withoutBackslashFolding() {
        assertThat(LONG.length()).isGreaterThanOrEqualTo(300);
        String yaml = Documents.yaml(Map.of("why", LONG));
        assertThat(yaml.lines()).hasSize(1);
        assertThat(yaml).doesNotContain("\\\n", "\\ ").contains(LONG);
        assertThat(readBack(yaml)).isEqualTo(Map.of("why", LONG));
    }

    @Test
    void multiLineString_isALiteralBlock() {
        String text = "first line\nsecond line: with a colon\n  indented # not a comment\n";
        String yaml = Documents.yaml(Map.of("note", text));
        assertThat(yaml).startsWith("note: |").contains("\n  first line\n  second line: with a colon\n    indented # not a comment\n");
        assertThat(readBack(yaml)).isEqualTo(Map.of("note", text));
    }

    @Test
    void trickyScalars_readBackAsTheSameStrings() {
        Map<String, Object> value = new LinkedHashMap<>();
        List<String> tricky = List.of("2026", "yes", "no", "null", "~", "true", "0x1F", "1e3", "1E-3", ".5", "+12", "0o17", "0b101",
                "1_000", ".inf", "-.Inf", ".NaN", "1:30", "2026-03-31", "2026-03-31T10:00:00Z", "y", "N", "On", "off", "<<", "=", "1.2.3", "v1.21.1", "-", "- item", "a: b", "# hash", "key: ", "",
                " leading", "trailing ", "'quoted'", "\"double\"", "*alias", "&anchor", "!tag", "%percent", "@at", "`tick`", "{a}", "[a]",
                "no newline at end\nsecond", "한국어 " + "가".repeat(200), "tab\there", "x".repeat(500));
        for (int i = 0; i < tricky.size(); i++) {
            value.put("k" + (100 + i), tricky.get(i));
        }
        String yaml = Documents.yaml(value);
        assertThat(readBack(yaml)).isEqualTo(value);
        assertThat(yaml).doesNotContain("\\\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readBack(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}
