package dev.ksa.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ksa.catalog.Chart;
import dev.ksa.catalog.Component;
import dev.ksa.catalog.OidcClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single sign-on fits together: every OIDC client a component is configured as (the catalog's
 * {@code oidcClients}: where its settings are in its rendered objects or bootstrap Secrets) exists in
 * a realm of the platform, every scope it requests is defined there and given to it, and the claim it
 * reads roles from is emitted by a mapper, in the shape it expects (plain group names, not full paths
 * or realm roles).
 */
final class OidcChecks {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'\"])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");

    /** Where a setting was found: its value, and the problem location for it. */
    private record Found(String value, PlatformObject object, String file, int line) {}

    private final Platform platform;
    private final List<BootstrapSecrets.Entry> secrets;
    private final PlatformAssembly.Validation validation;

    private OidcChecks(Platform platform, List<BootstrapSecrets.Entry> secrets, PlatformAssembly.Validation validation) {
        this.platform = platform;
        this.secrets = secrets;
        this.validation = validation;
    }

    static void run(Platform platform, Collection<Component> components, List<BootstrapSecrets.Entry> secrets, PlatformAssembly.Validation validation) {
        List<Realm> realms = new ArrayList<>();
        for (Component component : components) {
            if (component.identityProvider() == null) {
                continue;
            }
            for (PlatformObject object : platform.ofKind(component.identityProvider().realm().group(), component.identityProvider().realm().kind())) {
                realms.add(new Realm(object, component.identityProvider().at(), component.identityProvider()));
            }
        }
        OidcChecks checks = new OidcChecks(platform, secrets, validation);
        for (Component component : components) {
            Set<String> owners = owners(platform, component);
            if (owners.isEmpty()) {
                continue;
            }
            for (OidcClient client : component.oidcClients()) {
                checks.check(component, client, owners, realms);
            }
        }
    }

    private void check(Component component, OidcClient client, Set<String> owners, List<Realm> realms) {
        Optional<Found> clientId = read(client.clientId(), owners).stream().findFirst();
        if (clientId.isEmpty()) {
            return; // this component is not configured to sign in through OIDC
        }
        String id = clientId.get().value();
        if (realms.isEmpty()) {
            platform.unknownSource("").ifPresent(where -> validation.skip(clientId.get().file() + ": " + component.name() + " signs in as OIDC client " + id
                    + ", but no realm is among the rendered objects (it may come from " + where + "); single sign-on was not checked"));
            return;
        }
        Optional<Realm> realm = realms.stream().filter(r -> r.client(id).isPresent()).findFirst();
        if (realm.isEmpty()) {
            problem(clientId.get(), component.name() + " signs in as OIDC client " + id + ", which no realm of the platform defines ("
                    + String.join(", ", realms.stream().map(r -> r.name).toList()) + "). Add the client to the realm import");
            return;
        }
        Realm r = realm.get();
        JsonNode definition = r.client(id).orElseThrow();
        List<Found> scopeSettings = read(client.scopes(), owners);
        Set<String> requested = new LinkedHashSet<>();
        Found scopeAt = scopeSettings.isEmpty() ? clientId.get() : scopeSettings.get(0);
        if (scopeSettings.isEmpty()) {
            requested.addAll(client.defaultScopes());
        } else {
            requested.addAll(words(scopeSettings.get(0).value(), client.scopes().read()));
        }
        for (String scope : requested) {
            if (scope.equals("openid")) {
                continue;
            }
            if (!r.defines(scope)) {
                problem(scopeAt, scope, "OIDC client " + id + " of " + component.name() + " requests scope " + scope + (scopeSettings.isEmpty() ? " (its default)" : "")
                        + ", which realm " + r.name + " does not define, so its tokens lack what that scope carries. Define the client scope in the realm, or stop requesting it");
            } else if (!r.defaultScopes(definition).contains(scope) && !r.optionalScopes(definition).contains(scope)) {
                problem(scopeAt, scope, "OIDC client " + id + " of " + component.name() + " requests scope " + scope + ", but realm " + r.name
                        + " does not give it to the client (Keycloak then ignores the request). Add " + scope + " to the client's defaultClientScopes or optionalClientScopes");
            }
        }
        List<Found> claimSettings = client.roleClaim() == null ? List.of() : read(client.roleClaim(), owners);
        List<String> claims = claimSettings.isEmpty() ? client.defaultRoleClaim() : words(claimSettings.get(0).value(), client.roleClaim().read());
        Found claimAt = claimSettings.isEmpty() ? clientId.get() : claimSettings.get(0);
        List<Realm.Claim> emitted = r.claims(definition, requested);
        for (String claim : claims) {
            List<Realm.Claim> same = emitted.stream().filter(c -> c.name().equals(claim)).toList();
            if (same.isEmpty()) {
                problem(claimAt, claim, component.name() + " reads roles from claim " + claim + ", but no mapper of realm " + r.name
                        + " puts it in the tokens of client " + id + ". Add a client scope with a group membership mapper (claim.name " + claim
                        + ", full.path false) and give it to the client");
            } else if ("group-names".equals(client.roleClaimShape()) && same.stream().noneMatch(c -> c.shape().equals("group-names"))) {
                String shape = same.get(0).shape();
                problem(claimAt, claim, component.name() + " matches plain group names in claim " + claim + ", but realm " + r.name + " fills it with "
                        + (shape.equals("group-paths") ? "full group paths (/platform-admins)" : shape.equals("realm-roles") ? "realm roles, not groups" : "something else")
                        + ", so no role ever matches. " + (shape.equals("group-paths") ? "Set full.path to false on the group membership mapper"
                        : "Emit the groups with a group membership mapper (full.path false)"));
            }
        }
    }

    /** The Applications that install the component's charts or carry its label. */
    static Set<String> owners(Platform platform, Component component) {
        Set<String> charts = new LinkedHashSet<>();
        if (component.install() != null) {
            component.install().charts().stream().map(Chart::chart).forEach(charts::add);
        }
        Set<String> out = new LinkedHashSet<>();
        for (Application app : platform.applications.values()) {
            boolean labelled = component.id().equals(app.body().path("metadata").path("labels").path("ksa.dev/component").asText());
            boolean installs = app.sources().stream().anyMatch(s -> charts.contains(s.path("chart").asText()));
            if (labelled || installs) {
                out.add(app.name());
            }
        }
        return out;
    }

    /** Every value the setting has among the objects of those Applications and the bootstrap Secrets in their namespaces. */
    private List<Found> read(OidcClient.Setting setting, Set<String> owners) {
        List<Found> out = new ArrayList<>();
        if (setting == null) {
            return out;
        }
        Set<String> namespaces = new LinkedHashSet<>();
        for (PlatformObject object : platform.objects) {
            if (!owners.contains(object.owner())) {
                continue;
            }
            namespaces.add(object.namespace());
            if (!object.kind().equals(setting.object().kind()) || !object.group().equals(setting.object().group()) || !named(object.name(), setting.name())) {
                continue;
            }
            String data = data(object.body(), setting.key());
            String value = data == null ? null : field(data, setting);
            if (value != null) {
                Optional<PlatformObject.Origin> located = platform.locate(object.owner(), value);
                out.add(new Found(value, object, located.map(PlatformObject.Origin::file).orElse(object.origin().file()),
                        located.map(PlatformObject.Origin::line).orElse(object.origin().line())));
            }
        }
        if (setting.object().kind().equals("Secret")) {
            for (BootstrapSecrets.Entry secret : secrets) {
                boolean here = secret.namespaces().stream().anyMatch(namespaces::contains);
                String data = secret.values().get(setting.key());
                if (here && named(secret.name(), setting.name()) && data != null) {
                    String value = field(data, setting);
                    if (value != null) {
                        out.add(new Found(value, null, BootstrapSecrets.FILE, secret.line()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean named(String name, String pattern) {
        return pattern.equals("*") || pattern.equals(name) || pattern.startsWith("*") && name.endsWith(pattern.substring(1));
    }

    private static String data(JsonNode body, String key) {
        JsonNode plain = body.path("stringData").get(key);
        if (plain == null) {
            plain = body.path("data").get(key);
            if (plain != null && "Secret".equals(body.path("kind").asText())) {
                try {
                    return new String(Base64.getDecoder().decode(plain.asText().strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return plain == null ? null : plain.asText();
    }

    /** The field of a configuration text, as a string (a list as YAML flow text). */
    static String field(String text, OidcClient.Setting setting) {
        String format = setting.format() == null ? "value" : setting.format();
        String field = setting.field();
        switch (format) {
            case "value":
                return text;
            case "ini": {
                int dot = field.lastIndexOf('.');
                String section = dot < 0 ? "" : field.substring(0, dot);
                String key = field.substring(dot + 1);
                String current = "";
                for (String line : text.split("\\R")) {
                    String l = line.strip();
                    if (l.startsWith("[") && l.endsWith("]")) {
                        current = l.substring(1, l.length() - 1).strip();
                    } else if (current.equals(section) && l.contains("=") && !l.startsWith(";") && !l.startsWith("#")
                            && l.substring(0, l.indexOf('=')).strip().equals(key)) {
                        return l.substring(l.indexOf('=') + 1).strip();
                    }
                }
                return null;
            }
            default: {
                JsonNode root;
                try {
                    root = YAML.readTree(text);
                } catch (java.io.IOException e) {
                    return null;
                }
                if (root == null) {
                    return null;
                }
                JsonNode node = field.equals(".") ? root : root.get(field);
                if (node == null) {
                    node = root;
                    for (String part : field.split("\\.")) {
                        node = node == null ? null : node.get(part);
                    }
                }
                if (node == null || node.isNull()) {
                    return null;
                }
                return node.isValueNode() ? node.asText() : node.toString();
            }
        }
    }

    /** The words of a setting: a YAML/JSON list, words split on spaces and commas, or a JMESPath expression's identifiers. */
    static List<String> words(String value, String read) {
        List<String> out = new ArrayList<>();
        if ("jmespath".equals(read)) {
            String unquoted = value.replaceAll("'[^']*'|\"[^\"]*\"|`[^`]*`", "''");
            Matcher m = IDENTIFIER.matcher(unquoted);
            while (m.find()) {
                if (!List.of("true", "false", "null").contains(m.group(1)) && !out.contains(m.group(1))) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
        String text = value.strip();
        if (text.startsWith("[")) {
            text = text.substring(1, text.endsWith("]") ? text.length() - 1 : text.length());
        }
        for (String word : text.split("[\\s,]+")) {
            String w = word.replaceAll("^[\"']|[\"']$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private void problem(Found at, String message) {
        validation.problem(new Problem(at.file(), Math.max(1, at.line()), "oidc", message));
    }

    private void problem(Found at, String value, String message) {
        if (at.object() != null) {
            Optional<PlatformObject.Origin> located = platform.locate(at.object().owner(), value);
            if (located.isPresent()) {
                validation.problem(new Problem(located.get().file(), Math.max(1, located.get().line()), "oidc", message));
                return;
            }
        }
        problem(at, message);
    }
}
