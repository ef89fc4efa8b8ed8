package dev.ksa.render.provisioning;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ksa.render.RenderData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the provisioning files need to know about a planned component
 * ({@code render/provisioning/components/<id>.yaml}; a component without one adds nothing): the
 * files it makes ksa write, whether it replaces kube-proxy, the runtime's CRI socket, the API
 * server's OIDC settings of an identity provider, where the platform CA lives, and the AWS
 * permissions its chart needs. Strings may use the render variables ({@code ${oidcIssuer}}).
 */
public record ProvisioningData(
        String id,
        List<String> writes,
        KubeProxy kubeProxy,
        ContainerRuntime containerRuntime,
        ApiServerOidc apiServerOidc,
        PlatformCa platformCa,
        Aws aws) {

    public ProvisioningData {
        writes = writes == null ? List.of() : List.copyOf(writes);
    }

    /** A CNI that takes kube-proxy's place when {@code if} holds (the same condition its own values use). */
    public record KubeProxy(@JsonProperty("replacedIf") RenderData.Condition replacedIf) {}

    /** {@code criSocket} for kubeadm's nodeRegistration, {@code kubespray} its container_manager value. */
    public record ContainerRuntime(String criSocket, String kubespray) {}

    /** The API server trusts this issuer's tokens for this audience, with these claims and prefixes. */
    public record ApiServerOidc(String issuer, String audience, String usernameClaim, String usernamePrefix, String groupsClaim, String groupsPrefix) {}

    /** The Secret holding the platform CA certificate the issuer's TLS certificate chains to. */
    public record PlatformCa(String namespace, String secret, String key) {}

    /** An IAM role the component's service account gets through EKS Pod Identity, and the S3 buckets it uses. */
    public record Aws(String serviceAccount, List<Map<String, Object>> statements, List<String> buckets) {
        public Aws {
            statements = statements == null ? List.of() : List.copyOf(statements);
            buckets = buckets == null ? List.of() : List.copyOf(buckets);
        }
    }

    /** {@code render/provisioning/environments.yaml}: the files each environment gets, and the AWS machine types. */
    public record Environments(Map<String, List<String>> writes, List<InstanceType> awsInstanceTypes) {}

    /** A machine type with its vCPUs and memory. */
    public record InstanceType(String name, double cpu, double memoryGi) {}

    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<String, ProvisioningData> CACHE = new ConcurrentHashMap<>();
    private static volatile Environments environments;

    public static ProvisioningData of(String id) {
        return CACHE.computeIfAbsent(id, ProvisioningData::load);
    }

    public static Environments environments() {
        if (environments == null) {
            environments = read("render/provisioning/environments.yaml", new TypeReference<Environments>() {});
        }
        return environments;
    }

    private static ProvisioningData load(String id) {
        String resource = "render/provisioning/components/" + id + ".yaml";
        if (ProvisioningData.class.getClassLoader().getResource(resource) == null) {
            return new ProvisioningData(id, null, null, null, null, null, null);
        }
        ProvisioningData data = read(resource, new TypeReference<ProvisioningData>() {});
        if (!id.equals(data.id())) {
            throw new IllegalStateException(resource + " says id '" + data.id() + "'");
        }
        return data;
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = ProvisioningData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
