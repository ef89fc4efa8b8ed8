package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code ksa init --lang ko} writes the same profile as English, with Korean comments, and it plans cleanly. */
class InitCommandTest {

    @ParameterizedTest(name = "ksa init --environment {0}")
    @ValueSource(strings = {"on-prem", "aws", "gcp", "azure"})
    void koreanProfile_holdsTheSameData_andPlansCleanly(String environment) {
        CliRun korean = CliRun.of("init", "--environment", environment, "--lang", "ko");
        CliRun english = CliRun.of("init", "--environment", environment, "--lang", "en");
        assertThat(korean.code()).isZero();
        assertThat(korean.out()).containsPattern("# .*[가-힣]").isNotEqualTo(english.out());
        assertThat(english.out()).doesNotContainPattern("[가-힣]");
        Load load = new Load(LoadSettings.builder().build());
        assertThat(load.loadFromString(korean.out())).isEqualTo(load.loadFromString(english.out()));
        // Same number of lines: every comment is translated in place, none is lost.
        assertThat(korean.out().lines().count()).isEqualTo(english.out().lines().count());
        CliRun plan = CliRun.withStdin(korean.out(), "plan", "-", "-o", "json");
        assertThat(plan.err()).isEmpty();
        assertThat(plan.code()).isZero();
    }
}
