package dev.ksa.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Category;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Edition;
import dev.ksa.inventory.FileInventoryReader;
import dev.ksa.inventory.Inventory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Shared test data of the audit: the small fixture catalog, a fixed clock, fixture files. */
public final class AuditFixtures {
    /** The fixture root, relative to the project: test output names files by it, so it stays stable. */
    public static final String ROOT = "src/test/resources/audit";
    /** 2026-06-01: after the fixture ingress' end of life, before the sunsetting tool's. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static Catalog catalog;

    private AuditFixtures() {}

    record CatalogFile(List<Category> categories, List<Component> components, List<Edition> editions) {}

    /** The small fixed catalog of {@code audit/catalog/catalog.yaml}. */
    public static synchronized Catalog catalog() {
        if (catalog == null) {
            ObjectMapper yaml = new YAMLMapper();
            try {
                CatalogFile file = yaml.readValue(Path.of(ROOT, "catalog", "catalog.yaml").toFile(), CatalogFile.class);
                catalog = new Catalog(file.components(), file.categories(), file.editions(), List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }

    public static Inventory read(String... relativePaths) {
        List<String> paths = java.util.Arrays.stream(relativePaths).map(p -> p.startsWith(ROOT) ? p : ROOT + "/" + p).toList();
        return new FileInventoryReader(new ByteArrayInputStream(new byte[0])).read(paths);
    }

    public static AuditResult audit(Inventory inventory) {
        return audit(catalog(), inventory, "2026", RuleSettings.none());
    }

    public static AuditResult audit(Catalog catalog, Inventory inventory, String edition, RuleSettings settings) {
        return new Auditor(catalog, RuleBook.load(), settings, CLOCK).audit(inventory, catalog.edition(edition));
    }
}
