package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.testing.Tools;
import dev.ksa.testing.Upstream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyRendererTest {
    private static final ObjectMapper YAML = new YAMLMapper();

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text) throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (var it = YAML.readerFor(Map.class).readValues(text)) {
            while (it.hasNext()) {
                Object doc = it.next();
                if (doc != null) {
                    docs.add((Map<String, Object>) doc);
                }
            }
        }
        return docs;
    }

    private static List<Map<String, Object>> policies(FileTree tree) throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (var e : tree.files().entrySet()) {
            if (e.getKey().startsWith("platform/policies/") && !e.getKey().endsWith("kustomization.yaml")) {
                assertThat(e.getValue()).as(e.getKey()).doesNotContain("${");
                docs.addAll(documents(e.getValue()));
            }
        }
        return docs;
    }

    @Test
    void kyverno_onPremFull_writesThreeAuditingClusterPoliciesValidAgainstTheCrd() throws Exception {
        FileTree tree = RenderFixtures.render("on-prem-full");
        assertThat(tree.files().keySet()).filteredOn(p -> p.startsWith("platform/policies/")).containsExactly(
                "platform/policies/disallow-latest-tag.yaml", "platform/policies/kustomization.yaml",
                "platform/policies/require-probes.yaml", "platform/policies/require-requests-limits.yaml");
        JsonSchema schema = CrdSchemas.schema(Upstream.require("kyverno/config/crds/kyverno/kyverno.io_clusterpolicies.yaml"), "v1");
        List<Map<String, Object>> docs = policies(tree);
        assertThat(docs).hasSize(3);
        for (Map<String, Object> doc : docs) {
            assertThat(doc.get("kind")).isEqualTo("ClusterPolicy");
            assertThat(CrdSchemas.problems(schema, doc)).as(String.valueOf(doc.get("metadata"))).isEmpty();
            String text = YAML.writeValueAsString(doc);
            assertThat(text).contains("failureAction: \"Audit\"").doesNotContain("Enforce").contains("- \"kube-system\"").contains("- \"kyverno\"")
                    .contains("app.kubernetes.io/part-of: \"demo\"");
        }
    }

    @Test
    void gatekeeper_aws_writesTemplatesValidAgainstTheCrdAndWarningConstraintsOfTheirKinds() throws Exception {
        FileTree tree = RenderFixtures.render("aws");
        JsonSchema schema = CrdSchemas.schema(Upstream.require("gatekeeper/charts/gatekeeper/crds/constrainttemplate-customresourcedefinition.yaml"), "v1");
        List<Map<String, Object>> docs = policies(tree);
        List<String> templateKinds = new ArrayList<>();
        List<String> constraintKinds = new ArrayList<>();
        for (Map<String, Object> doc : docs) {
            String text = YAML.writeValueAsString(doc);
            if ("ConstraintTemplate".equals(doc.get("kind"))) {
                assertThat(CrdSchemas.problems(schema, doc)).as(text).isEmpty();
                @SuppressWarnings("unchecked")
                String kind = (String) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("spec"))
                        .get("crd")).get("spec")).get("names")).get("kind");
                assertThat(((Map<?, ?>) doc.get("metadata")).get("name")).isEqualTo(kind.toLowerCase(java.util.Locale.ROOT));
                templateKinds.add(kind);
            } else {
                assertThat(doc.get("apiVersion")).isEqualTo("constraints.gatekeeper.sh/v1beta1");
                assertThat(text).contains("enforcementAction: \"warn\"").contains("- \"gatekeeper-system\"").contains("SkipDryRunOnMissingResource=true");
                constraintKinds.add((String) doc.get("kind"));
            }
        }
        assertThat(templateKinds).hasSize(3).containsExactlyInAnyOrderElementsOf(constraintKinds);
    }

    @Test
    void crdSchemas_reportAFieldTheCrdDoesNotDeclare() throws Exception {
        JsonSchema schema = CrdSchemas.schema(Upstream.require("kyverno/config/crds/kyverno/kyverno.io_clusterpolicies.yaml"), "v1");
        Map<String, Object> bogus = Map.of("apiVersion", "kyverno.io/v1", "kind", "ClusterPolicy", "metadata", Map.of("name", "x"),
                "spec", Map.of("validationFailureAction", "Sometimes", "rulez", List.of()));
        assertThat(CrdSchemas.problems(schema, bogus)).hasSize(2);
    }

    @Test
    void noPolicyEngine_writesNoPolicies() {
        assertThat(RenderFixtures.render("on-prem-minimal").files().keySet()).noneMatch(p -> p.startsWith("platform/policies/"));
    }

    @Test
    void everyPolicyEngineOfTheCatalog_hasPolicyData() {
        for (Component c : Catalog.load().providersOf(PolicyRenderer.CAPABILITY)) {
            assertThat(PolicyRenderer.policies(c.id())).as("src/main/resources/render/policies/%s/", c.id()).hasSize(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"on-prem-full", "aws"})
    void kubectlKustomize_buildsThePolicies(String example, @TempDir Path dir) throws Exception {
        Tools.require("kubectl");
        String kubectl = "kubectl";
        RenderFixtures.write(RenderFixtures.render(example), dir);
        var result = RenderFixtures.run(dir, kubectl, "kustomize", "platform/policies");
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(documents(result.output())).hasSize(example.equals("aws") ? 6 : 3);
    }
}
