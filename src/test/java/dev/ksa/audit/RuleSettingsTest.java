package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.support.UserError;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users switch rules off and change severities by id; a wrong id or level is named where it was given. */
class RuleSettingsTest {
    static final Path DIR = Path.of(AuditFixtures.ROOT, "settings");

    @Test
    void file_disablesAndChangesSeverity_optionsWin() {
        RuleSettings settings = RuleSettingsFile.read(DIR.resolve("rules.yaml"))
                .then(RuleSettings.fromOptions(List.of(), List.of("container-without-limits=info")));
        RuleBook book = RuleBook.load();
        assertThat(settings.enabled("replicaset-without-deployment")).isFalse();
        assertThat(settings.severity(book.get("image-tag-latest"))).isEqualTo(Severity.ERROR);
        assertThat(settings.severity(book.get("container-without-limits"))).isEqualTo(Severity.INFO);
        settings.check(book);
    }

    @Test
    void unknownRuleInFile_isNamedWithLineAndSuggestion() {
        RuleSettings settings = RuleSettingsFile.read(DIR.resolve("typo.yaml"));
        assertThatThrownBy(() -> settings.check(RuleBook.load())).isInstanceOf(UserError.class)
                .hasMessage(DIR.resolve("typo.yaml") + ":2:5: unknown rule 'image-tag-lastest'. Did you mean 'image-tag-latest'?"
                        + " The rules are listed in docs/audit.md");
    }

    @Test
    void unknownLevelInFile_isNamedWithLine() {
        assertThatThrownBy(() -> RuleSettingsFile.read(DIR.resolve("bad-level.yaml"))).isInstanceOf(UserError.class)
                .hasMessage(DIR.resolve("bad-level.yaml") + ":2:21: unknown severity 'fatal' (use error, warning or info)");
    }

    @Test
    void unknownRuleOption_isNamed() {
        assertThatThrownBy(() -> RuleSettings.fromOptions(List.of("pod-without-controler"), List.of()).check(RuleBook.load()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("--disable pod-without-controler: unknown rule 'pod-without-controler'. Did you mean 'pod-without-controller'?");
    }

    @Test
    void malformedSeverityOption_showsTheForm() {
        assertThatThrownBy(() -> RuleSettings.fromOptions(List.of(), List.of("image-tag-latest"))).isInstanceOf(UserError.class)
                .hasMessage("--severity image-tag-latest: expected RULE=LEVEL, for example --severity image-tag-latest=error");
    }

    @Test
    void commaSeparatedDisable_isSplit() {
        RuleSettings settings = RuleSettings.fromOptions(List.of("pod-host-path,container-privileged"), List.of());
        assertThat(settings.enabled("pod-host-path")).isFalse();
        assertThat(settings.enabled("container-privileged")).isFalse();
    }
}
