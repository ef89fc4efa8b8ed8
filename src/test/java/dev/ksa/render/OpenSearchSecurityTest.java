package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenSearch off the demo security configuration: its own TLS from the platform CA and no demo users. */
class OpenSearchSecurityTest {

    @Test
    void opensearch_runsOnPlatformCertificates_withoutTheDemoInstaller() throws Exception {
        FileTree tree = Examples.tree("on-prem-full");
        JsonNode values = GeneratedTreeTest.documents(tree.get("values/opensearch.yaml")).get(0);
        assertThat(values.at("/extraEnvs").toString()).contains("DISABLE_INSTALL_DEMO_CONFIG").doesNotContain("OPENSEARCH_INITIAL_ADMIN_PASSWORD");
        assertThat(values.at("/securityConfig/internalUsersSecret").asText()).isEqualTo("opensearch-internal-users");
        String config = values.at("/config/opensearch.yml").asText();
        assertThat(config).contains("plugins.security.ssl.http.enabled: true", "certs/tls.key", "nodes_dn: [\"CN=opensearch-node\"]")
                .doesNotContain("allow_unsafe_democertificates", "esnode.pem");
        assertThat(values.at("/secretMounts").toString()).contains("opensearch-node-tls");

        List<JsonNode> certificates = GeneratedTreeTest.documents(tree.get("platform/opensearch/certificates.yaml"));
        JsonNode node = certificates.stream().filter(c -> c.at("/spec/secretName").asText().equals("opensearch-node-tls")).findFirst().orElseThrow();
        assertThat(node.at("/spec/commonName").asText()).as("the DN nodes_dn names").isEqualTo("opensearch-node");
        assertThat(node.at("/spec/privateKey/encoding").asText()).as("the security plugin reads PKCS#8 keys only").isEqualTo("PKCS8");
        assertThat(node.at("/spec/dnsNames").toString()).contains("opensearch-cluster-master.logging.svc");

        String secrets = tree.get("bootstrap/secrets.yaml");
        assertThat(secrets).contains("opensearch-internal-users", "${bcrypt:opensearch-admin}", "${bcrypt:opensearch-kibanaserver}");
        JsonNode dashboards = GeneratedTreeTest.documents(tree.get("values/opensearch-dashboards.yaml")).get(0);
        assertThat(dashboards.at("/opensearchAccount/secret").asText()).isEqualTo("opensearch-dashboards-account");
        assertThat(tree.get("README.md")).as("nothing for a person to fill in for OpenSearch").doesNotContain("KSA_LOGGING_OPENSEARCH");
    }
}
