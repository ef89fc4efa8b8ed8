package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** deploy/audit-clusterrole.yaml grants exactly what a live audit lists: list, nothing more. */
class ClusterRoleTest {

    @Test
    @SuppressWarnings("unchecked")
    void clusterRole_grantsListOnTheNeededResourcesOnly() throws Exception {
        Map<String, Object> role;
        try (InputStream in = Files.newInputStream(Path.of("deploy/audit-clusterrole.yaml"))) {
            role = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
        assertThat(role).containsEntry("kind", "ClusterRole");
        Set<String> granted = new TreeSet<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) role.get("rules")) {
            assertThat((List<String>) rule.get("verbs")).as("verbs of %s", rule).containsExactly("list");
            assertThat(rule).doesNotContainKeys("resourceNames", "nonResourceURLs");
            for (String group : (List<String>) rule.get("apiGroups")) {
                for (String resource : (List<String>) rule.get("resources")) {
                    granted.add(group + "/" + resource);
                }
            }
        }
        Set<String> needed = new TreeSet<>();
        LiveResource.NEEDED.forEach(r -> needed.add(r.group() + "/" + r.resource()));
        assertThat(granted).isEqualTo(needed);
    }
}
