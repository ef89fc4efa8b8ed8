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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a live cluster through fabric8's HTTP client (kubeconfig auth, TLS, exec plugins): one
 * paged list ({@code limit}/{@code continue}) per {@link LiveResource}, several at once, parsed
 * by the same streaming reader and extractor as files. Objects are added in the order of the
 * resources, whatever order the answers come in, so the result does not depend on timing.
 * A forbidden, unserved or timed-out list is recorded as {@link Inventory.Unreadable} with a
 * warning and the audit goes on; an unreachable cluster or rejected credentials are an
 * environment error (exit 3).
 */
public final class LiveInventoryReader {
    static final int PAGE_SIZE = 500;
    private static final String METADATA_ONLY =
            "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json";

    /**
     * How to read: {@code namespace} limits namespaced lists to one namespace (null: all);
     * {@code requestTimeout} bounds each request, a page that makes no progress for that long
     * is given up; {@code parallel} lists run at once.
     */
    public record Options(String namespace, Duration requestTimeout, int parallel) {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
        public static final Options DEFAULT = new Options(null, DEFAULT_TIMEOUT, 4);

        public Options {
            requestTimeout = requestTimeout == null || requestTimeout.isZero() || requestTimeout.isNegative()
                    ? DEFAULT_TIMEOUT : requestTimeout;
            parallel = Math.max(1, parallel);
        }
    }

    private final KubernetesClient client;
    private final String context;
    private final Progress progress;
    private final Options options;

    public LiveInventoryReader(KubernetesClient client, String context, Progress progress) {
        this(client, context, progress, Options.DEFAULT);
    }

    public LiveInventoryReader(KubernetesClient client, String context, Progress progress, Options options) {
        this.client = client;
        this.context = context;
        this.progress = progress;
        this.options = options;
    }

    public Inventory read() {
        return read(LiveResource.NEEDED);
    }

    /** What one list gave: its objects, or why it gave none. */
    private record Listed(List<KubeObject> objects, Inventory.Unreadable unreadable, String warning) {}

    public Inventory read(List<LiveResource> resources) {
        String source = "cluster " + context + (options.namespace() == null ? "" : " (namespace " + options.namespace() + ")");
        Inventory inventory = new Inventory(source, context);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallel(), Math.max(1, resources.size())), r -> {
            Thread t = new Thread(r, "ksa-list");
            t.setDaemon(true);
            return t;
        });
        try {
            List<AtomicLong> alive = new ArrayList<>();
            List<Future<Listed>> lists = new ArrayList<>();
            for (LiveResource resource : resources) {
                AtomicLong lastProgress = new AtomicLong(0);
                alive.add(lastProgress);
                lists.add(pool.submit(() -> {
                    lastProgress.set(System.nanoTime());
                    return list(resource, lastProgress);
                }));
            }
            for (int i = 0; i < resources.size(); i++) {
                Listed listed = await(resources.get(i), lists.get(i), alive.get(i));
                listed.objects().forEach(inventory::add);
                if (listed.unreadable() != null) {
                    inventory.unreadable(listed.unreadable().kind(), listed.unreadable().resource(), listed.unreadable().reason(),
                            listed.warning());
                } else if (listed.warning() != null) {
                    inventory.warn(listed.warning());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return inventory;
    }

    /** Waits for one list; gives it up when it made no progress for the request timeout. */
    private Listed await(LiveResource resource, Future<Listed> future, AtomicLong lastProgress) {
        long timeout = options.requestTimeout().toNanos();
        while (true) {
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long last = lastProgress.get();
                if (last != 0 && System.nanoTime() - last > timeout) {
                    future.cancel(true);
                    return unreadable(resource, "timeout", "listing " + resource.qualified() + " in the cluster '" + context
                            + "' got no answer within " + seconds(options.requestTimeout()) + " (--request-timeout); "
                            + resource.kind() + " objects were not audited. Retry, or raise --request-timeout");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw UserError.environment("interrupted while reading the cluster '" + context + "'");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UserError user) {
                    throw user;
                }
                throw UserError.environment("reading " + resource.qualified() + " from the cluster '" + context
                        + "' failed: " + describe(e.getCause()) + ". Check the connection and retry");
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    private Listed list(LiveResource resource, AtomicLong lastProgress) {
        ObjectExtractor extractor = new ObjectExtractor();
        List<KubeObject> objects = new ArrayList<>();
        String continueToken = null;
        do {
            lastProgress.set(System.nanoTime());
            HttpResponse<InputStream> response = get(url(resource, continueToken), resource);
            int code = response.code();
            if (code != 200) {
                close(response);
                return refused(resource, code);
            }
            try (InputStream body = response.body();
                    InputStreamReader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
                ObjectNode header = JsonObjectReader.read(reader, resource.path(), (node, line) -> {
                    lastProgress.set(System.nanoTime());
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
                        objects.add(o);
                    }
                });
                continueToken = header == null ? null : Fields.text(header, "metadata", "continue");
                drain(body);
            } catch (IOException e) {
                throw UserError.environment("reading " + resource.qualified() + " from the cluster '" + context
                        + "' failed: " + e.getMessage() + ". Check the connection and retry");
            }
            progress.listed(resource.qualified(), objects.size(), continueToken == null || continueToken.isEmpty());
        } while (continueToken != null && !continueToken.isEmpty() && !Thread.currentThread().isInterrupted());
        return new Listed(objects, null, null);
    }

    private String url(LiveResource resource, String continueToken) {
        String master = client.getMasterUrl().toString().replaceAll("/+$", "");
        StringBuilder url = new StringBuilder(master).append(resource.path(options.namespace())).append("?limit=").append(PAGE_SIZE);
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

    /**
     * GETs a page. A kept-alive connection the server closed meanwhile fails the request at once;
     * GETs are safe to repeat, so it is retried on another connection, once more than the pool
     * can hold stale connections (one per list running at once).
     */
    private HttpResponse<InputStream> get(String url, LiveResource resource) {
        HttpClient http = client.getHttpClient();
        HttpRequest request = http.newHttpRequestBuilder().uri(url)
                .header("Accept", resource.metadataOnly() ? METADATA_ONLY : "application/json").build();
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<HttpResponse<InputStream>> sent = http.sendAsync(request, InputStream.class);
            try {
                return sent.get(options.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                sent.cancel(true);
                Thread.currentThread().interrupt();
                throw UserError.environment("interrupted while reading the cluster '" + context + "'");
            } catch (ExecutionException | TimeoutException e) {
                sent.cancel(true);
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                if (attempt < options.parallel() + 3 && closedConnection(cause)) {
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

    private Listed refused(LiveResource resource, int code) {
        String where = options.namespace() != null && resource.namespaced() ? " in the namespace '" + options.namespace() + "' of" : " in";
        return switch (code) {
            case 401 -> throw UserError.environment("the cluster '" + context + "' rejected the credentials (HTTP 401)."
                    + " Log in again or check the user of this context in your kubeconfig");
            case 403 -> unreadable(resource, "forbidden", "missing permission: list " + resource.resource() + " (group \""
                    + resource.group() + "\", resource \"" + resource.resource() + "\")" + where + " the cluster '" + context
                    + "'; " + resource.kind() + " objects were not audited. Grant deploy/audit-clusterrole.yaml");
            case 404 -> resource.optional() ? new Listed(List.of(), null, null)
                    : unreadable(resource, "not served", "the cluster '" + context + "' does not serve " + resource.apiVersion() + " "
                            + resource.resource() + "; " + resource.kind() + " objects were not audited");
            default -> unreadable(resource, "HTTP " + code, "listing " + resource.qualified() + " in the cluster '" + context
                    + "' failed with HTTP " + code + "; " + resource.kind() + " objects were not audited");
        };
    }

    private static Listed unreadable(LiveResource resource, String reason, String warning) {
        return new Listed(List.of(), new Inventory.Unreadable(resource.kind(), resource.qualified(), reason), warning);
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
