package dev.ksa.render;

import dev.ksa.catalog.Component;
import dev.ksa.plan.ClusterNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${...}} references in render data, resolved against the plan. Names:
 * {@code domain}, {@code platform}, {@code namespace} (the component's own), {@code ns:ID},
 * {@code host:ID} (console host), {@code url:ID} (https://host), {@code endpoint:CAPABILITY},
 * {@code storageClass}, {@code registry} (air-gap mirror host), {@code mirrorProject},
 * {@code oidcIssuer}, {@code oidcHost}, {@code loadBalancerRange}, {@code repoURL}, {@code revision},
 * {@code region}, {@code bucket}, {@code bucket:NAME}, {@code apiServerVip}, {@code apiServerPort}, {@code loadBalancerStart}/{@code Stop}/{@code Cidr}, {@code ingressClass}
 * (of the planned ingress provider), {@code clusterIssuer} (of the certificates provider), {@code var:ID.NAME},
 * {@code podCidr}, {@code serviceCidr}, {@code clusterDomain} (of a cluster ksa provisions, {@link ClusterNetwork}),
 * {@code clusterDns} (the cluster DNS Service's address in the Service block), {@code backupUrl}, {@code backupBucket},
 * {@code backupRegion} (spec.backup.s3), {@code kubernetesVersion} (the plan's release, vX.Y.Z), {@code geoTag}, {@code peers} and {@code dnsServers} (spec.multiCluster, with
 * their defaults; {@code siteDns} the profile's own DNS servers, if given), {@code requestsCpu}, {@code requestsMemory} (the component's catalog {@code resources}).
 * {@code peers} and {@code dnsServers} are lists: a list element that is exactly {@code ${dnsServers}} becomes one
 * element per value; elsewhere the values are joined with commas.
 * A value that is exactly {@code ${oidc:clients}} or {@code ${oidc:placeholders}} becomes the OIDC
 * provider's list of clients or its realm import's placeholders ({@link OidcClients}).
 * An unknown or unresolvable name is a bug in the data, reported with the component it came from.
 */
public final class Variables {
    /** Variables whose value is a list of strings. */
    private static final java.util.Set<String> LISTS = java.util.Set.of("peers", "dnsServers");
    /** The cluster DNS Service's offset in the Service block (kubeadm and kubespray give it the tenth address). */
    private static final int CLUSTER_DNS_OFFSET = 10;
    /** {@code ${name}} is a reference; {@code $${NAME}} stays a literal {@code ${NAME}} for the tool that reads it (env expansion). */
    private static final Pattern REF = Pattern.compile("(\\$?)\\$\\{([A-Za-z][A-Za-z0-9._:-]*)}");
    private final RenderContext ctx;

    public Variables(RenderContext ctx) {
        this.ctx = ctx;
    }

    String resolve(String name, String self) {
        int colon = name.indexOf(':');
        String kind = colon < 0 ? name : name.substring(0, colon);
        String arg = colon < 0 ? null : name.substring(colon + 1);
        String value = switch (kind) {
            case "domain" -> ctx.domain();
            case "platform" -> ctx.plan().name();
            case "namespace" -> ctx.namespace(self);
            case "ns" -> ctx.namespace(arg);
            case "host" -> ctx.host(arg).orElse(null);
            case "url" -> ctx.host(arg).map(h -> "https://" + h).orElse(null);
            case "endpoint" -> ctx.endpoint(arg).orElse(null);
            case "storageClass" -> storageClass();
            case "registry" -> ctx.airgap().map(a -> a.registry()).orElse(null);
            case "mirrorProject" -> ctx.airgap().map(a -> a.project()).orElse(null);
            case "oidcHost" -> ctx.provider("oidc").flatMap(c -> ctx.host(c.id())).orElse(null);
            case "oidcIssuer" -> ctx.provider("oidc").flatMap(c -> ctx.host(c.id())).map(h -> "https://" + h + "/realms/" + ctx.plan().name()).orElse(null);
            case "loadBalancerRange" -> ctx.profile().spec().cluster().loadBalancerRange();
            case "loadBalancerStart" -> rangePart(0);
            case "loadBalancerStop" -> rangePart(1);
            case "loadBalancerCidr" -> {
                String range = ctx.profile().spec().cluster().loadBalancerRange();
                yield range != null && range.contains("/") ? range : null;
            }
            case "apiServerVip" -> ctx.profile().spec().cluster().apiServer() == null ? null : ctx.profile().spec().cluster().apiServer().vip();
            case "apiServerPort" -> ctx.profile().spec().cluster().apiServer() == null ? "6443" : String.valueOf(ctx.profile().spec().cluster().apiServer().port());
            case "ingressClass" -> ConsoleIngress.of(ctx).map(c -> RenderDataLoader.of(c.id()).vars().get("ingressClass")).orElse(null);
            case "clusterIssuer" -> ctx.provider("certificates").map(c -> RenderDataLoader.of(c.id()).vars().get("clusterIssuer"))
                    .map(v -> substituteText(v, self)).orElse(null);
            case "repoURL" -> ctx.gitops().repoURL();
            case "revision" -> ctx.gitops().revision();
            case "region" -> ctx.profile().spec().region() != null ? ctx.profile().spec().region() : "us-east-1";
            case "bucket" -> ctx.plan().name() + "-" + (arg == null ? "backups" : arg);
            case "var" -> componentVar(arg);
            case "podCidr" -> network().pods() == null ? null : network().pods().toString();
            case "serviceCidr" -> network().services() == null ? null : network().services().toString();
            case "clusterDomain" -> network().clusterDomain();
            case "clusterDns" -> network().services() == null ? null : dev.ksa.support.Cidr.format(network().services().first() + CLUSTER_DNS_OFFSET);
            case "backupUrl" -> backupS3() == null ? null : backupS3().url();
            case "backupBucket" -> backupS3() == null ? null : backupS3().bucket();
            case "backupRegion" -> backupS3() == null ? null : backupS3().region();
            case "geoTag" -> geoTag();
            case "siteDns" -> multiCluster().dnsServers().isEmpty() ? null : String.join(",", multiCluster().dnsServers());
            case "peers", "dnsServers" -> {
                List<String> values = list(kind);
                yield values.isEmpty() ? null : String.join(",", values);
            }
            case "kubernetesVersion" -> ctx.plan().kubernetesVersion();
            case "requestsCpu" -> ctx.component(self).resources().cpu();
            case "requestsMemory" -> ctx.component(self).resources().memory();
            default -> throw new IllegalStateException("render data of " + self + ": unknown variable ${" + name + "}");
        };
        if (value == null) {
            throw new IllegalStateException("render data of " + self + ": ${" + name + "} has no value in this plan; guard it with an 'if'");
        }
        return value;
    }

    private dev.ksa.plan.Profile.S3 backupS3() {
        dev.ksa.plan.Profile.Backup backup = ctx.profile().spec().backup();
        return backup == null ? null : backup.s3();
    }

    private dev.ksa.plan.Profile.MultiCluster multiCluster() {
        dev.ksa.plan.Profile.MultiCluster m = ctx.profile().spec().multiCluster();
        return m != null ? m : new dev.ksa.plan.Profile.MultiCluster(null, null, null);
    }

    /** spec.multiCluster.geoTag, else the cloud region, else the platform's name. */
    private String geoTag() {
        if (multiCluster().geoTag() != null) {
            return multiCluster().geoTag();
        }
        String region = ctx.profile().spec().region();
        return ctx.environment().cloud() && region != null ? region : ctx.plan().name();
    }

    /** A list variable's values; empty when it has none. */
    List<String> list(String name) {
        return switch (name) {
            case "peers" -> multiCluster().peers();
            case "dnsServers" -> {
                if (!multiCluster().dnsServers().isEmpty()) {
                    yield multiCluster().dnsServers();
                }
                if (ctx.environment().dnsResolver() != null) {
                    yield List.of(ctx.environment().dnsResolver());
                }
                yield defined("clusterDns") ? List.of(resolve("clusterDns", "dnsServers")) : List.of();
            }
            default -> throw new IllegalStateException("${" + name + "} is not a list");
        };
    }

    private ClusterNetwork network() {
        return ClusterNetwork.of(ctx.profile(), ctx.environment());
    }

    /** The first or last address of an {@code a-b} range; null for a CIDR or no range. */
    private String rangePart(int index) {
        String range = ctx.profile().spec().cluster().loadBalancerRange();
        return range != null && range.contains("-") ? range.split("-")[index] : null;
    }

    boolean defined(String name) {
        try {
            resolve(name, "condition");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The StorageClass of the planned block-storage provider (its {@code vars.storageClass}), else the environment's. */
    String storageClass() {
        return ctx.provider("block-storage").map(c -> RenderDataLoader.of(c.id()).vars().get("storageClass"))
                .orElse(ctx.environment().storageClass());
    }

    /** A component's var, its own references resolved as that component's ({@code ${namespace}} is its namespace). */
    private String componentVar(String arg) {
        int dot = arg.indexOf('.');
        String id = arg.substring(0, dot);
        String value = RenderDataLoader.of(id).vars().get(arg.substring(dot + 1));
        return value == null ? null : substituteText(value, id);
    }

    /** A copy of a values tree with every reference replaced. */
    @SuppressWarnings("unchecked")
    public Object substitute(Object node, String self) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(substituteText(String.valueOf(k), self), substitute(v, self)));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) {
                Matcher whole = v instanceof String text ? REF.matcher(text) : null;
                if (whole != null && whole.matches() && whole.group(1).isEmpty() && LISTS.contains(whole.group(2))) {
                    List<String> values = list(whole.group(2));
                    if (values.isEmpty()) {
                        throw new IllegalStateException("render data of " + self + ": ${" + whole.group(2) + "} has no value in this plan; guard it with an 'if'");
                    }
                    out.addAll(values);
                } else {
                    out.add(substitute(v, self));
                }
            }
            return out;
        }
        if (node instanceof String text) {
            if (text.equals("${oidc:clients}")) {
                return OidcClients.clients(ctx, this, self);
            }
            if (text.equals("${oidc:placeholders}")) {
                return OidcClients.placeholders(ctx);
            }
            return substituteText(text, self);
        }
        return node;
    }

    public String substituteText(String text, String self) {
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1).isEmpty() ? resolve(m.group(2), self) : "${" + m.group(2) + "}";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static boolean holds(RenderData.Condition c, RenderContext ctx) {
        if (c.has() != null && !new Variables(ctx).defined(c.has())) {
            return false;
        }
        if (c.missing() != null && new Variables(ctx).defined(c.missing())) {
            return false;
        }
        if (c.ha() != null && c.ha() != HighAvailability.of(ctx)) {
            return false;
        }
        if (c.planned() != null && !ctx.planned(c.planned())) {
            return false;
        }
        if (c.notPlanned() != null && ctx.planned(c.notPlanned())) {
            return false;
        }
        if (c.capability() != null && !ctx.provided(c.capability())) {
            return false;
        }
        if (c.noCapability() != null && ctx.provided(c.noCapability())) {
            return false;
        }
        if (c.cloud() != null && c.cloud() != ctx.environment().cloud()) {
            return false;
        }
        if (c.environment() != null && !c.environment().equals(ctx.environment().id())) {
            return false;
        }
        return c.airgap() == null || c.airgap() == ctx.airgap().isPresent();
    }

    static boolean componentProvides(Component c, String capability) {
        return c.provides().contains(capability);
    }
}
