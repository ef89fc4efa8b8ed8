package dev.ksa.catalog;

import java.util.List;

/**
 * How a component signs in through the platform's OIDC provider, as its rendered configuration says:
 * where its client id, requested scopes and role claim are written ({@link Setting}), the scopes and
 * claim it uses when nothing is written, and the shape it expects the claim in ({@code group-names}:
 * plain group names such as {@code platform-admins}).
 */
public record OidcClient(Setting clientId, Setting scopes, List<String> defaultScopes, Setting roleClaim, List<String> defaultRoleClaim,
        String roleClaimShape) {

    public OidcClient {
        defaultScopes = defaultScopes == null ? List.of() : List.copyOf(defaultScopes);
        defaultRoleClaim = defaultRoleClaim == null ? List.of() : List.copyOf(defaultRoleClaim);
    }

    /**
     * A setting inside an object of the platform: the object ({@code name} may end in {@code *}), the
     * data key holding the configuration, its {@code format} ({@code yaml}, {@code ini}, or {@code value}
     * for the key's own value), the {@code field} in it (a dotted path; a flat key with dots is tried
     * first), and how to read the value: {@code list} (a YAML list, or words split on spaces and commas)
     * or {@code jmespath} (the identifiers a JMESPath expression reads).
     */
    public record Setting(ObjectMatch object, String name, String key, String format, String field, String read) {}
}
