package dev.ksa.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ksa.support.UserError;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a live cluster through fabric8's HTTP client (kubeconfig auth, TLS, exec plugins): one
 * paged list ({@code limit}/{@code continue}) per {@link LiveResource}, parsed by the same
 * streaming reader and extractor as files. A forbidden list becomes a warning naming the missing
 * permission and the audit goes on; an unreachable cluster is an environment error (exit 3).
 */
public final class LiveInventoryReader {
    static final int PAGE_SIZE = 500;
    private static final String METADATA_ONLY =
            "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json";

    private final KubernetesClient client;
    private final String context;
    private final Progress progress;
    private final ObjectExtractor extractor = new ObjectExtractor();

    public LiveInventoryReader(KubernetesClient client, String context, Progress progress) {
        this.client = client;
        this.context = context;
        this.progress = progress;
    }

    public Inventory read() {
        return read(LiveResource.NEEDED);
    }

    public Inventory read(List<LiveResource> resources) {
        Inventory inventory = new Inventory("cluster " + context, context);
        for (LiveResource resource : resources) {
            list(resource, inventory);
        }
        return inventory;
    }

    private void list(LiveResource resource, Inventory inventory) {
        String continueToken = null;
        int[] count = {0};
        do {
            HttpResponse<InputStream> response = get(url(resource, continueToken), resource);
            int code = response.code();
            if (code != 200) {
                close(response);
                refused(resource, code, inventory);
                return;
            }
            try (InputStream body = response.body();
                    InputStreamReader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
                ObjectNode header = JsonObjectReader.read(reader, resource.path(), (node, line) -> {
                    if (node instanceof ObjectNode object) {
                        object.put("apiVersion", resource.apiVersion());
                        object.put("kind", resource.kind());
                        resource.implied().forEach((k, v) -> {
                            if (!object.has(k)) {
                                object.put(k, v);
                            }
                        });
                    }
                    KubeObject o = extractor.extract(node, ref -> Location.live(context, ref));
                    if (o != null) {
                        inventory.add(o);
                        count[0]++;
                    }
                });
                continueToken = header == null ? null : Fields.text(header, "metadata", "continue");
                drain(body);
            } catch (IOException e) {
                throw UserError.environment("reading " + resource.qualified() + " from the cluster '" + context
                        + "' failed: " + e.getMessage() + ". Check the connection and retry");
            }
            progress.listed(resource.qualified(), count[0], continueToken == null || continueToken.isEmpty());
        } while (continueToken != null && !continueToken.isEmpty());
    }

    private String url(LiveResource resource, String continueToken) {
        String master = client.getMasterUrl().toString().replaceAll("/+$", "");
        StringBuilder url = new StringBuilder(master).append(resource.path()).append("?limit=").append(PAGE_SIZE);
        if (resource.labelSelector() != null) {
            url.append("&labelSelector=").append(encode(resource.labelSelector()));
        }
        if (resource.fieldSelector() != null) {
            url.append("&fieldSelector=").append(encode(resource.fieldSelector()));
        }
        if (continueToken != null) {
            url.append("&continue=").append(encode(continueToken));
        }
        return url.toString();
    }

    /** GETs a page; a connection the server closed under a kept-alive request is retried twice, as GETs are safe to repeat. */
    private HttpResponse<InputStream> get(String url, LiveResource resource) {
        HttpClient http = client.getHttpClient();
        HttpRequest request = http.newHttpRequestBuilder().uri(url)
                .header("Accept", resource.metadataOnly() ? METADATA_ONLY : "application/json").build();
        for (int attempt = 1; ; attempt++) {
            try {
                return http.sendAsync(request, InputStream.class).get(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw UserError.environment("interrupted while reading the cluster '" + context + "'");
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                if (attempt < 3 && closedConnection(cause)) {
                    continue;
                }
                throw UserError.environment("cannot reach the cluster '" + context + "' at " + client.getMasterUrl() + ": "
                        + describe(cause) + ". Check --kubeconfig/--context, the VPN or proxy, and that the API server is up");
            }
        }
    }

    private static boolean closedConnection(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (name.equals("HttpClosedException") || name.equals("ClosedChannelException")
                    || (c instanceof IOException && String.valueOf(c.getMessage()).contains("closed"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private void refused(LiveResource resource, int code, Inventory inventory) {
        switch (code) {
            case 401 -> throw UserError.environment("the cluster '" + context + "' rejected the credentials (HTTP 401)."
                    + " Log in again or check the user of this context in your kubeconfig");
            case 403 -> inventory.warn("missing permission: list " + resource.resource() + " (group \""
                    + resource.group() + "\", resource \"" + resource.resource() + "\") in the cluster '" + context
                    + "'; " + resource.kind() + " objects were not audited. Grant deploy/audit-clusterrole.yaml");
            case 404 -> {
                if (!resource.optional()) {
                    inventory.warn("the cluster '" + context + "' does not serve " + resource.apiVersion() + " "
                            + resource.resource() + "; " + resource.kind() + " objects were not audited");
                }
            }
            default -> inventory.warn("listing " + resource.qualified() + " in the cluster '" + context
                    + "' failed with HTTP " + code + "; " + resource.kind() + " objects were not audited");
        }
    }

    /** Reads the end of the body (after the JSON) so the kept-alive connection can serve the next page. */
    private static void drain(InputStream body) throws IOException {
        byte[] rest = new byte[8192];
        while (body.read(rest) != -1) {
            // nothing of interest after the JSON
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            InputStream body = response.body();
            if (body != null) {
                body.close();
            }
        } catch (IOException e) {
            // nothing more to read
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
