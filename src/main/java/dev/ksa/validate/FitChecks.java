package dev.ksa.validate;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the whole platform, once every Application's objects are known: references across
 * the set, the order things arrive in, ownership, drift between renders, the air gap, single sign-on.
 */
final class FitChecks {
    private FitChecks() {}

    static void run(java.nio.file.Path root, Platform platform, PlatformLock lock, List<SourceFile> files, PlatformAssembly.Validation validation) {
        Catalog catalog = Catalog.load();
        ClusterFacts facts = ClusterFacts.load();
        List<BootstrapSecrets.Entry> secrets = BootstrapSecrets.read(files);
        Targets targets = PlatformTargets.build(platform, lock, facts, catalog, secrets);
        List<Reference> references = new ArrayList<>(facts.references());
        for (Component component : catalog.components()) {
            references.addAll(component.references());
        }
        ReferenceChecks.run(platform, targets, references, validation);
        ServiceUrls.run(platform, targets, validation);
        OrderChecks.run(platform, targets, validation);
        OwnershipCheck.run(platform, validation);
        DriftCheck.run(platform, validation);
        KnownDriftCheck.run(platform, validation);
        AirgapChecks.run(root, platform, lock, files, catalog.components(), validation);
        OidcChecks.run(platform, catalog.components(), secrets, validation);
        DefaultStorageClassCheck.run(platform, lock, catalog, validation);
        PodIdentityCheck.run(root, platform, targets, validation);
        SelectorChecks.run(platform, validation);
    }
}
