package dev.ksa.render;

import dev.ksa.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clients of the platform's OIDC provider: every planned component whose render data declares an
 * {@code oidcClient}. The provider's realm lists exactly these ({@code ${oidc:clients}}), each
 * confidential one with its secret as a placeholder ({@code ${oidc:placeholders}}) read from the
 * Secret the bootstrap fills with the same shared value the client's own Secret gets.
 */
final class OidcClients {
    /** Every client gets these client scopes by default (the realm defines them with their mappers). */
    static final List<String> DEFAULT_SCOPES = List.of("basic", "profile", "email", "groups");

    private OidcClients() {}

    static List<RenderData.OidcClientData> of(RenderContext ctx) {
        List<RenderData.OidcClientData> out = new ArrayList<>();
        for (PlannedComponent p : ctx.plan().components()) {
            RenderData.OidcClientData client = RenderDataLoader.of(p.id()).oidcClient();
            if (client != null) {
                out.add(client);
            }
        }
        return out;
    }

    /** The name of the shared generated value that is this client's secret. */
    static String sharedSecret(RenderData.OidcClientData client) {
        return "oidc-" + client.clientId();
    }

    static String placeholder(RenderData.OidcClientData client) {
        return "OIDC_" + client.clientId().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The realm's clients: {@code ${oidc:clients}}. */
    static List<Object> clients(RenderContext ctx, Variables variables, String self) {
        List<Object> out = new ArrayList<>();
        for (RenderData.OidcClientData client : of(ctx)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("clientId", client.clientId());
            c.put("protocol", "openid-connect");
            c.put("publicClient", client.publicClient());
            c.put("standardFlowEnabled", true);
            if (!client.publicClient()) {
                c.put("secret", "${" + placeholder(client) + "}");
            }
            List<String> uris = new ArrayList<>();
            client.redirectUris().forEach(u -> uris.add(variables.substituteText(u, self)));
            c.put("redirectUris", uris);
            c.put("defaultClientScopes", DEFAULT_SCOPES);
            out.add(c);
        }
        return out;
    }

    /** The realm import's placeholders: {@code ${oidc:placeholders}}. */
    static Map<String, Object> placeholders(RenderContext ctx) {
        String secret = ctx.provider("oidc").map(p -> RenderDataLoader.of(p.id()).vars().get("oidcClientSecrets")).orElse(null);
        Map<String, Object> out = new LinkedHashMap<>();
        if (secret == null) {
            return out;
        }
        for (RenderData.OidcClientData client : of(ctx)) {
            if (!client.publicClient()) {
                out.put(placeholder(client), K8s.map("secret", K8s.map("name", secret, "key", client.clientId())));
            }
        }
        return out;
    }
}
