package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentsTest {

    @Test
    void multiDocument_keepsLineOfEveryKeyAndItem() {
        List<YamlDocuments.Document> documents = YamlDocuments.parse("""
                # comment
                a: 1
                b:
                  - x
                  - y: "2"
                ---
                c: true
                """);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).lineOf("/b/1/y")).isEqualTo(5);
        assertThat(documents.get(0).lineOf("/b/1/y/missing")).isEqualTo(5);
        assertThat(documents.get(0).root().get("a").isInt()).isTrue();
        assertThat(documents.get(0).root().at("/b/1/y").isTextual()).isTrue();
        assertThat(documents.get(1).root().get("c").isBoolean()).isTrue();
        assertThat(documents.get(1).lineOf("/c")).isEqualTo(7);
    }

    @Test
    void aliasBomb_isRefusedNotExpanded() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }

        assertThatThrownBy(() -> YamlDocuments.parse(bomb.toString())).isInstanceOf(YamlDocuments.SyntaxError.class);
    }

    @Test
    void duplicateKey_isASyntaxErrorWithItsLine() {
        assertThatThrownBy(() -> YamlDocuments.parse("a: 1\nb: 2\na: 3\n"))
                .isInstanceOfSatisfying(YamlDocuments.SyntaxError.class, e -> assertThat(e.line).isEqualTo(3));
    }
}
