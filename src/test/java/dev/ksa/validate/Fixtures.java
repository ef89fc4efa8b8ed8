package dev.ksa.validate;

import dev.ksa.testing.Upstream;
import java.nio.file.Path;
import java.util.List;

/** The fixture trees under src/test/resources/validate/ and the upstream CRDs and charts they are checked with. */
final class Fixtures {
    private Fixtures() {}

    static Path tree(String name) {
        return Path.of("src", "test", "resources", "validate", name).toAbsolutePath();
    }

    static List<Path> crds() {
        return List.of(
                Upstream.require("argo-cd/manifests/crds"),
                Upstream.require("metallb/config/crd/bases"),
                Upstream.require("kube-prometheus-stack/charts/kube-prometheus-stack/charts/crds/crds"),
                Upstream.require("cert-manager/deploy/crds"));
    }

    static ValidateOptions options() {
        return ValidateOptions.defaults().withCrds(crds()).withCharts(List.of(Upstream.root()));
    }
}
