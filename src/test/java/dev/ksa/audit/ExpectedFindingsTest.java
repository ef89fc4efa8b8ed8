package dev.ksa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a component does by design is info on its own objects, and stays a warning on anything else. */
class ExpectedFindingsTest {
    static final String PRIVILEGED = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: %1$s, namespace: %1$s}
            spec:
              selector: {matchLabels: {app: %1$s}}
              template:
                metadata: {labels: {app: %1$s}}
                spec:
                  containers:
                    - name: main
                      image: %2$s
                      securityContext: {privileged: true}
                      resources: {requests: {cpu: 10m, memory: 10Mi}, limits: {memory: 10Mi}}
                      readinessProbe: {exec: {command: [true]}}
                      livenessProbe: {exec: {command: [true]}}
                      volumeMounts: [{name: host, mountPath: /host}]
                  volumes: [{name: host, hostPath: {path: /}}]
            """;

    static List<Finding> audit(Path dir, String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("objects.yaml"), yaml);
        Inventory inventory = new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(List.of(file.toString()));
        Catalog catalog = Catalog.load();
        return new Auditor(catalog, RuleBook.load(), RuleSettings.none(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
                .audit(inventory, catalog.latestEdition()).findings();
    }

    @Test
    void falco_isPrivilegedByDesign_soItIsInfo(@TempDir Path dir) throws Exception {
        List<Finding> findings = audit(dir, PRIVILEGED.formatted("falco", "docker.io/falcosecurity/falco:0.44.1"));
        assertThat(findings).filteredOn(f -> f.rule().equals("container-privileged") || f.rule().equals("pod-host-path"))
                .isNotEmpty().allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message().en()).endsWith("Falco works this way by design, so this is reported as info.");
                });
    }

    @Test
    void anApplicationDoingTheSame_staysAWarning(@TempDir Path dir) throws Exception {
        List<Finding> findings = audit(dir, PRIVILEGED.formatted("shop", "registry.example.org/shop/cart:1.2.3"));
        assertThat(findings).filteredOn(f -> f.rule().equals("container-privileged")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.INFO));
    }

    @Test
    void expectedFindings_nameRealRules() {
        Set<String> rules = RuleBook.load().all().stream().map(RuleDefinition::id).collect(Collectors.toSet());
        for (Component c : Catalog.load().components()) {
            assertThat(rules).as("expectedFindings of %s", c.id()).containsAll(c.expectedFindings());
        }
    }

}
