package dev.ksa.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terminal columns, as wcwidth counts them (and as the catalog's Korean names and edition marks need). */
class DisplayWidthTest {
    @ParameterizedTest(name = "{0} takes {1}")
    @CsvSource(delimiter = '|', value = {
        "calico                 | 6",
        "칼리코                 | 6",
        "쿠버네티스 표준        | 15",
        "한국어 (ko)            | 11",
        "ＡＢ                   | 4",
        "中文                   | 4",
        "🎉 added               | 8",
        "🔁 changed             | 10",
        "❗ caution             | 10",
        "🗑 deleted             | 10",
        "é                      | 1",
        "a\u200Db               | 2",
        "\u1100\u1161\u11A8     | 2",
        "✔ ok                   | 4",
        "—                      | 1",
    })
    void columns(String text, int expected) {
        assertThat(DisplayWidth.of(text)).isEqualTo(expected);
    }
}
