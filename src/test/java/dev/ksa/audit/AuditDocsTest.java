package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/audit.md carries the rules reference and the deprecated API table generated from
 * {@code audit/rules.yaml} and {@code audit/deprecated-apis.yaml}; this test fails when they
 * drift and rewrites them with {@code -Dgolden.update=true}.
 */
class AuditDocsTest {
    static final Path DOC = Path.of("docs/audit.md");
    static final String BEGIN = "<!-- BEGIN GENERATED";
    static final String END = "<!-- END GENERATED -->";

    @Test
    void docs_listEveryRuleAndDeprecatedApi_asTheDataSays() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int afterComment = doc.indexOf("-->", begin) + 3;
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/audit.md has the generated section markers").isNotNegative();
        String expected = "\n" + generated();
        String actual = doc.substring(afterComment, end);
        if (!expected.equals(actual) && Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, doc.substring(0, afterComment) + expected + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("docs/audit.md is out of date; regenerate: ./mvnw test -Dgolden.update=true -Dtest=AuditDocsTest")
                .isEqualTo(expected);
    }

    private static String peers(java.util.List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(id -> "`" + id + "`").toList());
    }

    static String generated() {
        StringBuilder out = new StringBuilder("\n## Rules\n\n");
        out.append("| id | severity | group | PSS | title |\n| --- | --- | --- | --- | --- |\n");
        RuleBook.load().all().forEach(r -> out.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ")
                .append(r.severity().id()).append(" | ").append(r.group()).append(" | ").append(r.pss() == null ? "-" : r.pss())
                .append(" | ").append(r.title().in(Lang.EN)).append(" |\n"));
        out.append("\n## Coming from Polaris, kube-score, Popeye or Pluto\n\n")
                .append("Each rule names its equivalents (`peers:` in `audit/rules.yaml`; `ksa audit --rules` prints them).")
                .append(" Their exemption annotations are honoured through this table: `kube-score/ignore: CHECK` and")
                .append(" `polaris.fairwinds.com/CHECK-exempt: \"true\"` exempt an object from the ksa rules that name CHECK.\n\n")
                .append("| ksa rule | Polaris | kube-score | Popeye | Pluto |\n| --- | --- | --- | --- | --- |\n");
        RuleBook.load().all().stream().filter(r -> !r.peers().display().equals("-")).forEach(r -> out.append("| `").append(r.id())
                .append("` | ").append(peers(r.peers().polaris())).append(" | ").append(peers(r.peers().kubeScore())).append(" | ")
                .append(peers(r.peers().popeye())).append(" | ").append(peers(r.peers().pluto())).append(" |\n"));
        for (RuleDefinition r : RuleBook.load().all()) {
            out.append("\n### ").append(r.id()).append("\n\n")
                    .append("**").append(r.title().in(Lang.EN)).append("** / ").append(r.title().in(Lang.KO))
                    .append(" — default severity `").append(r.severity().id()).append("`, group `").append(r.group()).append("`\n\n")
                    .append(r.help().in(Lang.EN)).append("\n\n")
                    .append(r.help().in(Lang.KO)).append("\n\n")
                    .append(r.pss() == null ? "" : "Pod Security Standards: " + r.pss() + ". ")
                    .append(r.peers().display().equals("-") ? "" : "Peers: " + r.peers().display() + ". ")
                    .append("Source: ").append(r.source()).append(". Fixtures: `src/test/resources/audit/rules/").append(r.id())
                    .append("/`.\n");
        }
        out.append("\n## Deprecated and removed APIs\n\n")
                .append("APIs are judged against a Kubernetes version: `--kubernetes-version` (the target, as Pluto's `--target-versions`),")
                .append(" else the cluster's (from its Nodes). `api-removed` fires at or past `removedIn`, `api-deprecated` at or past")
                .append(" `deprecatedIn`, nothing before that. Without any version (plain files) every API with a removal is `api-removed`.")
                .append(" In a live cluster the apiVersion comes from")
                .append(" `kubectl.kubernetes.io/last-applied-configuration`, since the API server converts what it serves.\n\n")
                .append("| apiVersion | kinds | deprecated in | removed in | replacement |\n| --- | --- | --- | --- | --- |\n");
        for (DeprecatedApi d : DeprecatedApi.load()) {
            out.append("| ").append(d.apiVersion()).append(" | ").append(String.join(", ", d.kinds())).append(" | ")
                    .append(d.deprecatedIn()).append(" | ").append(d.removedIn() == null ? "-" : d.removedIn()).append(" | ")
                    .append(d.replacement().in(Lang.EN)).append(" |\n");
        }
        return out.toString();
    }
}
