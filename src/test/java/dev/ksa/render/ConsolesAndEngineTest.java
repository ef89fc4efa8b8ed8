package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.plan.Planner;
import dev.ksa.plan.ProfileReader;
import dev.ksa.support.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consoles go through the component that serves Ingress (not a mesh without a gateway), never silently nowhere; a GitOps engine ksa cannot write for is refused. */
class ConsolesAndEngineTest {
    private static FileTree render(Path dir, String spec) throws IOException {
        Path profile = dir.resolve("platform.yaml");
        Files.writeString(profile, """
                apiVersion: ksa.dev/v1alpha1
                kind: Platform
                metadata: {name: edge}
                spec:
                  edition: "2026"
                  environment: on-prem
                  domain: edge.internal
                  gitops: {repoURL: https://git.edge.internal/platform.git}
                  cluster:
                    controlPlanes: 1
                    workers: 3
                    node: {cpu: 16, memoryGi: 64}
                    loadBalancerRange: 10.0.0.200-10.0.0.250
                """ + spec);
        return new Renderer(Catalog.load()).render(new Planner(Catalog.load(), Examples.DECEMBER_2026).plan(ProfileReader.read(profile)), Lang.EN);
    }

    @Test
    void withIstioPlanned_consolesStillGoThroughTheIngressController(@TempDir Path dir) throws IOException {
        FileTree tree = render(dir, "  features: [service-mesh]\n");
        assertThat(tree.get("platform/ingress/keycloak.yaml")).contains("kind: Certificate").contains("kind: Ingress").contains("ingressClassName: nginx");
        assertThat(tree.get("platform/ingress/grafana.yaml")).contains("ingressClassName: nginx");
    }

    @Test
    void withNothingServingIngress_theCertificatesRemain_andTheReadmeSaysWhy(@TempDir Path dir) throws IOException {
        FileTree tree = render(dir, "  features: [service-mesh]\n  exclude: [ingress-nginx]\n");
        assertThat(tree.get("platform/ingress/keycloak.yaml")).contains("secretName: keycloak-tls").doesNotContain("kind: Ingress");
        assertThat(tree.get("README.md")).contains("no planned component serves Ingress or Gateway API for them");
    }

    @Test
    void flux_isRefused_beforeAnythingIsWritten(@TempDir Path dir) {
        assertThatThrownBy(() -> render(dir, "  choose: {cd: flux}\n"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("platform.yaml:")
                .hasMessageContaining("ksa generate writes the repository as Argo CD Applications, which Flux does not read. Choose argo-cd for cd");
    }
}
