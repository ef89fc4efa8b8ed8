package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the inventory keeps of an object, and what it never keeps. */
class ObjectExtractorTest {
    static KubeObject one(String yaml) {
        List<KubeObject> objects = new FileInventoryReader(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .read(List.of("-")).objects();
        assertThat(objects).hasSize(1);
        return objects.get(0);
    }

    @Test
    void secret_keepsTypeAndLabels_neverItsData() {
        KubeObject secret = new FileInventoryReader(new java.io.ByteArrayInputStream(new byte[0]))
                .read(List.of(FileInventoryReaderTest.DIR + "/secret.yaml")).objects().get(0);
        assertThat(secret.details()).isEqualTo(new Details.Secret("helm.sh/release.v1"));
        assertThat(secret.labels()).containsEntry("owner", "helm").containsEntry("name", "web");
        assertThat(secret.toString()).doesNotContain("c3VwZXItc2VjcmV0").doesNotContain("hunter2");
    }

    @Test
    void cronJob_podSpecComesFromTheJobTemplate() {
        KubeObject cron = one("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly, namespace: ops}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata: {labels: {job: nightly}}
                        spec:
                          containers: [{name: run, image: "busybox:1.36", resources: {requests: {cpu: 10m}}}]
                """);
        assertThat(cron.workload().pod().labels()).containsEntry("job", "nightly");
        assertThat(cron.images()).containsExactly(new ImageUse("busybox:1.36", "spec.jobTemplate.spec.template.spec.containers[run].image"));
        assertThat(cron.workload().pod().containers().get(0).requests()).containsExactly("cpu");
    }

    @Test
    void lastAppliedConfiguration_givesTheApiVersionTheObjectWasAppliedWith() {
        KubeObject o = one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: old
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"kind":"Deployment","apiVersion":"extensions/v1beta1","spec":{}}'
                spec: {template: {spec: {containers: []}}}
                """);
        assertThat(o.appliedApiVersion()).isEqualTo("extensions/v1beta1");
        assertThat(o.annotations()).doesNotContainKey("kubectl.kubernetes.io/last-applied-configuration");
    }

    @Test
    void autoscaler_v1AndV2WithoutMetrics_scaleOnCpu() {
        KubeObject v1 = one("apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: {name: a}\n"
                + "spec: {scaleTargetRef: {kind: Deployment, name: web}, maxReplicas: 3, targetCPUUtilizationPercentage: 50}\n");
        KubeObject v2 = one("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: b}\n"
                + "spec: {scaleTargetRef: {kind: Deployment, name: web}, maxReplicas: 3}\n");
        assertThat(((Details.Autoscaler) v1.details()).resourceMetrics()).containsExactly("cpu");
        assertThat(((Details.Autoscaler) v2.details()).resourceMetrics()).containsExactly("cpu");
    }

    @Test
    void customResourceDefinition_groupFromSpecOrFromItsName() {
        KubeObject full = one("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: certificates.cert-manager.io}\n"
                + "spec: {group: cert-manager.io}\n");
        KubeObject metadataOnly = one("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: applications.argoproj.io}\n");
        assertThat(full.details()).isEqualTo(new Details.CustomResourceDefinition("cert-manager.io"));
        assertThat(metadataOnly.details()).isEqualTo(new Details.CustomResourceDefinition("argoproj.io"));
    }

    @Test
    void customResource_imagesInItsSpecAreFound() {
        KubeObject prometheus = one("apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s, namespace: monitoring}\n"
                + "spec: {image: 'quay.io/prometheus/prometheus:v3.13.2', replicas: 2}\n");
        assertThat(prometheus.images()).containsExactly(new ImageUse("quay.io/prometheus/prometheus:v3.13.2", "spec.image"));
    }

    @Test
    void node_runtimeKubeletAndTaints() {
        KubeObject node = one("""
                apiVersion: v1
                kind: Node
                metadata: {name: cp1}
                spec: {taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]}
                status: {nodeInfo: {containerRuntimeVersion: "containerd://2.2.3", kubeletVersion: v1.35.1}}
                """);
        assertThat(node.details()).isEqualTo(new Details.Node("containerd://2.2.3", "v1.35.1",
                List.of(new Details.Taint("node-role.kubernetes.io/control-plane", "NoSchedule"))));
    }

    @Test
    void documentWithoutKind_isNotAnObject() {
        assertThat(new FileInventoryReader(new java.io.ByteArrayInputStream("replicaCount: 2\n".getBytes())).read(List.of("-")).objects()).isEmpty();
    }

    @Test
    void emptyLists_areNotObjects() {
        String yaml = "apiVersion: v1\nkind: List\nitems: null\n---\napiVersion: v1\nkind: List\nitems: []\n";
        String json = "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": null}";
        assertThat(new FileInventoryReader(new java.io.ByteArrayInputStream(yaml.getBytes())).read(List.of("-")).objects()).isEmpty();
        assertThat(new FileInventoryReader(new java.io.ByteArrayInputStream(json.getBytes())).read(List.of("-")).objects()).isEmpty();
    }
}
