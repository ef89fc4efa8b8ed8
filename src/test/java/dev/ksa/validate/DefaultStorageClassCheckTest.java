package dev.ksa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One default StorageClass per platform: own manifests, ones an operator applies from a ConfigMap, and the environment's. */
class DefaultStorageClassCheckTest {
    private static final Catalog CATALOG = Catalog.load();

    static JsonNode yaml(String text) {
        try {
            return new YAMLMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static PlatformObject storageClass(String owner, String name, String isDefault) {
        return new PlatformObject(owner, 1, yaml("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: %s, annotations: {storageclass.kubernetes.io/is-default-class: "%s"}}
                provisioner: example.com/csi
                """.formatted(name, isDefault)), "", new PlatformObject.Origin("values/" + owner + ".yaml", 3, ""), false);
    }

    /** A StorageClass kept as text in a ConfigMap, as Longhorn's chart ships the one its manager applies. */
    static PlatformObject carried(String owner, String name, String isDefault) {
        String manifest = """
                kind: StorageClass
                apiVersion: storage.k8s.io/v1
                metadata:
                  name: %s
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "%s"
                provisioner: driver.example.io
                """.formatted(name, isDefault);
        com.fasterxml.jackson.databind.node.ObjectNode configMap = (com.fasterxml.jackson.databind.node.ObjectNode) yaml("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: %s-storageclass, namespace: %s}
                data: {other: "kind: Deployment"}
                """.formatted(owner, owner));
        ((com.fasterxml.jackson.databind.node.ObjectNode) configMap.get("data")).put("storageclass.yaml", manifest);
        return new PlatformObject(owner, 1, configMap, owner, new PlatformObject.Origin("values/" + owner + ".yaml", 1, ""), false);
    }

    static List<Problem> check(String environment, PlatformObject... objects) {
        Platform platform = new Platform();
        platform.objects.addAll(List.of(objects));
        PlatformLock lock = new PlatformLock(true, "v1.34.2", environment, Optional.empty(), Optional.empty(), Set.of());
        List<Problem> problems = new ArrayList<>();
        DefaultStorageClassCheck.run(platform, lock, CATALOG, new PlatformAssembly.Validation() {
            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public void skip(String what) {}

            @Override
            public void note(String what) {}
        });
        return problems;
    }

    @Test
    void oneDefault_isFine_andNonDefaultsDoNotCount() {
        assertThat(check("on-prem", storageClass("ceph", "ceph-block", "true"), storageClass("ceph", "ceph-filesystem", "false"),
                carried("longhorn", "longhorn", "false"))).isEmpty();
    }

    @Test
    void twoDefaults_isAProblemAtTheSecond_namingTheFirst() {
        List<Problem> problems = check("on-prem", carried("longhorn", "longhorn", "true"), storageClass("ceph", "ceph-block", "true"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.check()).isEqualTo("storage-class-default");
            assertThat(p.file()).isEqualTo("values/ceph.yaml");
            assertThat(p.message()).startsWith("StorageClass ceph-block (Application ceph) is marked default, and so is StorageClass longhorn"
                    + " (Application longhorn, applied at run time from ConfigMap longhorn-storageclass key storageclass.yaml)");
        });
    }

    @ParameterizedTest(name = "{0}: a platform default next to the environment''s {1}")
    @CsvSource({"gcp, standard-rwo", "azure, managed-csi"})
    void aDefaultWhereTheEnvironmentHasOne_isAProblem(String environment, String environmentDefault) {
        assertThat(check(environment, carried("longhorn", "longhorn", "true"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("a new " + environment + " cluster already has default StorageClass " + environmentDefault));
        assertThat(check(environment, carried("longhorn", "longhorn", "false"))).isEmpty();
    }

    @Test
    void anEnvironmentWithoutADefault_leavesTheOneOfThePlatform() {
        assertThat(check("aws", carried("longhorn", "longhorn", "true"))).isEmpty();
        assertThat(check("", storageClass("ceph", "ceph-block", "true"))).isEmpty();
    }
}
