package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.testing.Upstream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where {@code ../shared/upstream} holds a chart's own Chart.yaml, the catalog's pinned chart name
 * and versions agree with it. Upstream placeholders (0.0.0, 0.0.1, 1.0.0 of in-tree dev charts) are
 * not versions and are skipped, as are pre-releases (3.6.0-SNAPSHOT, 16.0.0-dev) and values the
 * release tooling fills in later: the catalog pins releases only. The offline chart library
 * ({@code charts/}) may hold an older release than the catalog pins where its INDEX.md says so.
 */
class UpstreamChartAgreementTest {
    private static final Set<String> PLACEHOLDERS = Set.of("0.0.0", "0.0.1", "1.0.0", "0.0", "0.1.1", "0.1.0", "dev");
    private static final java.util.regex.Pattern RELEASE = java.util.regex.Pattern.compile("v?\\d+\\.\\d+\\.\\d+");
    private final YAMLMapper yaml = new YAMLMapper();

    @Test
    void pinnedCharts_agreeWithUpstreamChartYaml() throws IOException {
        Map<String, List<JsonNode>> upstreamCharts = chartsByName(Upstream.require(""));
        Map<String, String> vendoredOlder = documentedDifferences(Upstream.require("charts/INDEX.md"));
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Component c : Catalog.load().components()) {
            for (Chart chart : c.install().charts()) {
                List<JsonNode> candidates = upstreamCharts.getOrDefault(chart.chart(), List.of()).stream()
                        .filter(n -> isRelease(n.path("version").asText())).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                compared++;
                boolean versionMatches = candidates.stream().anyMatch(n -> bare(n.path("version").asText()).equals(bare(chart.version())));
                boolean appMatches = candidates.stream().anyMatch(n -> !n.hasNonNull("appVersion")
                        || bare(n.path("appVersion").asText()).equals(bare(chart.appVersion())));
                String documented = vendoredOlder.get(chart.chart());
                if (documented != null && candidates.stream().anyMatch(n -> bare(n.path("version").asText()).equals(bare(documented)))) {
                    continue; // the offline chart library holds an older release, as its INDEX.md says
                }
                if (!versionMatches || !appMatches) {
                    disagreements.add(c.id() + ": chart " + chart.chart() + " " + chart.version() + " (app " + chart.appVersion()
                            + ") but upstream has " + candidates.stream().map(n -> n.path("version").asText() + " (app "
                            + n.path("appVersion").asText() + ")").collect(Collectors.joining(", ")));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(compared).as("charts compared with upstream").isGreaterThan(15);
    }

    /**
     * Charts the offline library holds in an older release than the catalog pins, as the table
     * "Version differences from the catalog pins" of charts/INDEX.md lists them: chart -> vendored version.
     */
    static Map<String, String> documentedDifferences(Path index) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(index)) {
            if (line.startsWith("## ")) {
                inTable = line.contains("Version differences");
                continue;
            }
            String[] cells = line.split("\\|");
            if (!inTable || cells.length < 4 || cells[1].isBlank() || cells[1].contains("---") || cells[1].strip().equals("chart")
                    || cells[1].contains("dependency")) {
                continue;
            }
            String vendored = cells[3].strip();
            for (String name : cells[1].replaceAll("\\(.*?\\)", "").split(",")) {
                out.put(name.strip(), vendored);
            }
        }
        return out;
    }

    private Map<String, List<JsonNode>> chartsByName(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> chartFiles = files.filter(p -> p.getFileName().toString().equals("Chart.yaml")).toList();
            Map<String, List<JsonNode>> byName = new java.util.TreeMap<>();
            for (Path file : chartFiles) {
                JsonNode node = yaml.readTree(file.toFile());
                byName.computeIfAbsent(node.path("name").asText(), k -> new ArrayList<>()).add(node);
            }
            return byName;
        }
    }

    private static boolean isRelease(String version) {
        return RELEASE.matcher(version).matches() && !PLACEHOLDERS.contains(bare(version));
    }

    private static String bare(String version) {
        return version.startsWith("v") ? version.substring(1) : version;
    }
}
