package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ksa.testing.GoldenFiles;
import dev.ksa.testing.Upstream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code validate/config-types.json} is derived from the upstream Go types in ../shared/upstream
 * (kubeadm v1beta4, KubeletConfiguration v1beta1, KubeProxyConfiguration v1alpha1), so it cannot
 * drift: this test derives it again and compares. Regenerate with
 * {@code ./mvnw test -Dgolden.update=true -Dtest=ConfigModelDerivationTest}.
 */
class ConfigModelDerivationTest {
    static final Path MODEL = Path.of("src/main/resources").resolve(ConfigModel.RESOURCE);

    static String derive() throws Exception {
        Map<String, Object> types = new TreeMap<>();
        types.putAll(GoTypes.parse(Files.readString(Upstream.require("kubeadm/kubernetes/cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go")), "kubeadm."));
        // Cluster API's mirror of the same types is newer for Init, Cluster and Join (ECDSA-P384): take its
        // extra constants and fields too, so a value kubeadm accepts is never reported.
        Map<String, Object> mirror = GoTypes.parse(Files.readString(Upstream.require("kubeadm/cluster-api/bootstrap/kubeadm/pkg/types/upstreamv1beta4/types.go")), "kubeadm.");
        mirror.forEach((name, def) -> types.merge(name, def, ConfigModelDerivationTest::union));
        types.putAll(GoTypes.parse(Files.readString(Upstream.require("kubelet/kubernetes-kubelet/config/v1beta1/types.go")), "kubelet."));
        types.putAll(GoTypes.parse(Files.readString(Upstream.require("kubeadm/kubernetes-kube-proxy/config/v1alpha1/types.go")), "kubeproxy."));
        types.putAll(GoTypes.EXTERNAL);
        Map<String, Object> documents = new LinkedHashMap<>();
        Map<String, Object> kubeadm = new LinkedHashMap<>();
        for (String kind : List.of("InitConfiguration", "ClusterConfiguration", "JoinConfiguration", "ResetConfiguration", "UpgradeConfiguration")) {
            kubeadm.put(kind, "kubeadm." + kind);
        }
        documents.put("kubeadm.k8s.io/v1beta4", kubeadm);
        documents.put("kubelet.config.k8s.io/v1beta1", Map.of("KubeletConfiguration", "kubelet.KubeletConfiguration"));
        documents.put("kubeproxy.config.k8s.io/v1alpha1", Map.of("KubeProxyConfiguration", "kubeproxy.KubeProxyConfiguration"));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("description", "Derived by ConfigModelDerivationTest from the Go types in ../shared/upstream (kubeadm/, kubelet/); do not edit");
        root.put("documents", documents);
        root.put("types", types);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(root) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Object union(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) ma);
            if (ma.containsKey("enum") && mb.containsKey("enum")) {
                TreeSet<String> values = new TreeSet<>((List<String>) ma.get("enum"));
                values.addAll((List<String>) mb.get("enum"));
                out.put("enum", new ArrayList<>(values));
            }
            if (ma.get("fields") instanceof Map<?, ?> fa && mb.get("fields") instanceof Map<?, ?> fb) {
                Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) fa);
                ((Map<String, Object>) fb).forEach(fields::putIfAbsent);
                out.put("fields", fields);
            }
            return out;
        }
        return a;
    }

    @Test
    void model_isDerivedFromTheUpstreamGoTypes() throws Exception {
        GoldenFiles.check(MODEL.getParent().getParent(), "validate/config-types.json", derive(), "ConfigModelDerivationTest");
    }

    @Test
    void model_coversEveryTypeItNames() throws Exception {
        String model = Files.readString(MODEL);
        var root = new ObjectMapper().readTree(model);
        List<String> missing = new ArrayList<>();
        root.path("types").fields().forEachRemaining(t -> collect(t.getValue(), root.path("types"), missing));
        assertThat(missing).as("types the model refers to but does not define").isEmpty();
        assertThat(root.path("types").path("kubeadm.ClusterConfiguration").path("fields").has("controlPlaneEndpoint")).isTrue();
        assertThat(root.path("types").path("kubelet.KubeletConfiguration").path("fields").path("cgroupDriver").asText()).isEqualTo("string");
        assertThat(root.path("types").path("kubeadm.EncryptionAlgorithmType").path("enum").toString()).contains("RSA-2048", "ECDSA-P384");
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode def, com.fasterxml.jackson.databind.JsonNode types, List<String> missing) {
        List<String> refs = new ArrayList<>();
        if (def.isTextual()) {
            refs.add(def.asText());
        } else {
            def.path("fields").forEach(f -> refs.add(f.asText()));
            def.path("inline").forEach(f -> refs.add(f.asText()));
        }
        for (String ref : refs) {
            String base = ref.replace("[]", "").replace("map[string]", "");
            if (!List.of("string", "bool", "integer", "number", "any").contains(base) && !types.has(base)) {
                missing.add(ref);
            }
        }
    }
}
