package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.testing.Upstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CRD larger than the 256 KiB annotation client-side apply keeps cannot be applied that way, so a
 * component whose install ships one must say {@code serverSideApply: true}; the sizes come from
 * the real CRDs in ../shared/upstream (folder names differ from ids where one folder serves two).
 */
class LargeCrdsTest {
    static final int ANNOTATION_LIMIT = 256 * 1024;
    static final Pattern SPLIT = Pattern.compile("(?m)^---\\s*$");

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"argo-cd, argo-cd", "calico, calico", "cert-manager, cert-manager", "istio, istio", "karmada, karmada", "knative, knative",
        "prometheus, kube-prometheus-stack", "kubevirt, kubevirt", "kyverno, kyverno", "rook, rook-ceph", "strimzi, strimzi", "kubeflow, kubeflow"})
    void componentShippingALargeCrd_isAppliedServerSide(String id, String folder) throws IOException {
        List<String> large = largeCrds(Upstream.require(folder));
        assertThat(large).as("%s ships a CRD over 256 KiB (else drop it from this table)", folder).isNotEmpty();
        assertThat(Catalog.load().component(id).install().serverSideApply())
                .as("%s: CRDs %s exceed client-side apply's annotation limit; set install.serverSideApply: true", id, large).isTrue();
    }

    static List<String> largeCrds(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!text.contains("CustomResourceDefinition")) {
                    continue;
                }
                for (String doc : SPLIT.split(text)) {
                    if (doc.contains("kind: CustomResourceDefinition") && doc.getBytes(StandardCharsets.UTF_8).length > ANNOTATION_LIMIT) {
                        out.add(root.relativize(f).toString());
                        break;
                    }
                }
            }
        }
        return out;
    }
}
