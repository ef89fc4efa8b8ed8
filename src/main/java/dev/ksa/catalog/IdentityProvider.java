package dev.ksa.catalog;

import java.util.List;

/**
 * How an OIDC provider's realms are written in the platform ({@code realm}: the objects, {@code at}:
 * the pointer of the realm representation in them) and the client scopes it creates itself in a realm
 * whose import lists none: their claims, whether new clients get them by default, and claims whose
 * shape differs from what their name suggests ({@code groups} of {@code microprofile-jwt} holds
 * realm roles, not groups).
 */
public record IdentityProvider(ObjectMatch realm, String at, List<BuiltInScope> builtInScopes) {

    public IdentityProvider {
        builtInScopes = builtInScopes == null ? List.of() : List.copyOf(builtInScopes);
    }

    public record BuiltInScope(String name, List<String> claims, boolean assigned, String shape) {
        public BuiltInScope {
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }
}
