package dev.ksa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one table printer: columns line up by display width, Korean included; headings span the table. */
class TextTableTest {

    @Test
    void koreanCells_lineUpByDisplayWidth() {
        String table = new TextTable("분류", "상태", "MESSAGE")
                .row("cni", "권장 구성", "ok")
                .row("네트워크 정책", "-", "두 칸 문자")
                .row("x", "missing", "")
                .render();
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        // Every row's second and third column start at the same display column as the header's.
        int second = DisplayWidth.of("분류") + gap(lines.get(0), "분류");
        for (String line : lines) {
            String first = line.split(" {3,}")[0];
            assertThat(DisplayWidth.of(first) + gap(line, first)).as(line).isEqualTo(second);
        }
        assertThat(table).isEqualTo("""
                분류            상태        MESSAGE
                cni             권장 구성   ok
                네트워크 정책   -           두 칸 문자
                x               missing
                """);
    }

    @Test
    void headings_spanTheTable_andDoNotWidenColumns() {
        String table = new TextTable("ID", "NAME").heading("A long heading wider than every column (cni)").row("  calico", "Calico").render();
        assertThat(table).isEqualTo("""
                ID         NAME
                A long heading wider than every column (cni)
                  calico   Calico
                """);
    }

    @Test
    void cut_endsWithAnEllipsis_withinTheWidth() {
        assertThat(TextTable.cut("가나다라마바사", 7)).isEqualTo("가나다…");
        assertThat(DisplayWidth.of(TextTable.cut("가나다라마바사", 7))).isLessThanOrEqualTo(7);
        assertThat(TextTable.cut("short", 10)).isEqualTo("short");
    }

    private static int gap(String line, String first) {
        String rest = line.substring(first.length());
        return rest.length() - rest.stripLeading().length();
    }
}
