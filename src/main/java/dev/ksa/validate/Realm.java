package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.IdentityProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OIDC realm as its import defines it: clients, client scopes (or, when the import lists none,
 * those the provider creates itself), which scopes a client gets by default or on request, and the
 * claims each mapper emits, with their shape ({@code group-names}, {@code group-paths},
 * {@code realm-roles}, {@code other}).
 */
final class Realm {
    /** A claim a mapper emits and the shape of its values. */
    record Claim(String name, String shape) {}

    final String name;
    final PlatformObject object;
    final String at;
    private final JsonNode realm;
    private final Map<String, List<Claim>> scopes = new LinkedHashMap<>();
    private final Set<String> assigned = new LinkedHashSet<>();
    private final Set<String> optional = new LinkedHashSet<>();

    Realm(PlatformObject object, String at, IdentityProvider provider) {
        this.object = object;
        this.at = at;
        this.realm = object.body().at(at);
        this.name = realm.path("realm").asText(object.name());
        if (realm.path("clientScopes").isArray()) {
            for (JsonNode scope : realm.path("clientScopes")) {
                scopes.put(scope.path("name").asText(), claims(scope.path("protocolMappers")));
            }
        } else {
            for (IdentityProvider.BuiltInScope scope : provider.builtInScopes()) {
                List<Claim> claims = new ArrayList<>();
                scope.claims().forEach(c -> claims.add(new Claim(c, scope.shape() == null ? "other" : scope.shape())));
                scopes.put(scope.name(), claims);
                (scope.assigned() ? assigned : optional).add(scope.name());
            }
        }
        if (realm.has("defaultDefaultClientScopes")) {
            assigned.clear();
            realm.path("defaultDefaultClientScopes").forEach(s -> assigned.add(s.asText()));
        }
        if (realm.has("defaultOptionalClientScopes")) {
            optional.clear();
            realm.path("defaultOptionalClientScopes").forEach(s -> optional.add(s.asText()));
        }
    }

    Optional<JsonNode> client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }

    /** The pointer of a client inside the realm object. */
    String clientPointer(String clientId) {
        JsonNode clients = realm.path("clients");
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).path("clientId").asText().equals(clientId)) {
                return at + "/clients/" + i;
            }
        }
        return at;
    }

    boolean defines(String scope) {
        return scopes.containsKey(scope);
    }

    /** Scopes a client gets without asking, and those it may ask for. */
    Set<String> defaultScopes(JsonNode client) {
        if (client.has("defaultClientScopes")) {
            Set<String> out = new LinkedHashSet<>();
            client.path("defaultClientScopes").forEach(s -> out.add(s.asText()));
            return out;
        }
        return assigned;
    }

    Set<String> optionalScopes(JsonNode client) {
        if (client.has("optionalClientScopes")) {
            Set<String> out = new LinkedHashSet<>();
            client.path("optionalClientScopes").forEach(s -> out.add(s.asText()));
            return out;
        }
        return optional;
    }

    /** The claims a client's tokens carry when it requests {@code requested}. */
    List<Claim> claims(JsonNode client, Set<String> requested) {
        List<Claim> out = new ArrayList<>(claims(client.path("protocolMappers")));
        Set<String> given = new LinkedHashSet<>(defaultScopes(client));
        for (String scope : requested) {
            if (optionalScopes(client).contains(scope)) {
                given.add(scope);
            }
        }
        given.forEach(scope -> out.addAll(scopes.getOrDefault(scope, List.of())));
        return out;
    }

    private static List<Claim> claims(JsonNode mappers) {
        List<Claim> out = new ArrayList<>();
        for (JsonNode mapper : mappers) {
            String claim = mapper.path("config").path("claim.name").asText("");
            if (claim.isEmpty()) {
                continue;
            }
            String type = mapper.path("protocolMapper").asText("");
            String shape = switch (type) {
                case "oidc-group-membership-mapper" -> "false".equals(mapper.path("config").path("full.path").asText("true")) ? "group-names" : "group-paths";
                case "oidc-usermodel-realm-role-mapper" -> "realm-roles";
                default -> "other";
            };
            out.add(new Claim(claim, shape));
        }
        return out;
    }
}
