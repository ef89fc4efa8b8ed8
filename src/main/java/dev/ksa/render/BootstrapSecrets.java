package dev.ksa.render;

import dev.ksa.catalog.Text;
import dev.ksa.plan.PlannedComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets the platform needs before Argo CD syncs, from every planned component's render data
 * ({@code secrets:}) and the confidential clients of the OIDC provider. One entry per namespace and
 * name (keys merged); each key says how its value comes about, never the value of a credential:
 * generated at random, shared with other keys (an OIDC client secret both Keycloak and the client
 * read), an htpasswd line (bcrypt) of a shared value, given by a person, a plain setting, or a
 * file assembled from a text with shared values or their bcrypt hashes in it (a user database whose
 * passwords other Secrets carry in clear, such as OpenSearch's internal_users.yml).
 */
final class BootstrapSecrets {
    private static final Pattern SHARED = Pattern.compile("^\\$\\{secret:([a-z0-9][a-z0-9-]*)}$");
    private static final Pattern RANDOM = Pattern.compile("^\\$\\{random:([0-9]{1,3})}$");
    private static final Pattern HTPASSWD = Pattern.compile("^\\$\\{htpasswd:([A-Za-z0-9_.-]+):([a-z0-9][a-z0-9-]*)}$");
    /** A shared value ({@code ${secret:NAME}}) or its bcrypt hash ({@code ${bcrypt:NAME}}) inside a longer text. */
    static final Pattern EMBEDDED = Pattern.compile("\\$\\{(secret|bcrypt):([a-z0-9][a-z0-9-]*)}");
    static final int RANDOM_LENGTH = 32;

    /** How a key's value comes about. */
    enum Source { RANDOM, SHARED, HTPASSWD, FILL, VALUE, TEMPLATE }

    record Key(String name, Source source, String argument) {}

    /** One Secret: namespace, name, labels, keys (in order), and what it is for (one line per component that needs it). */
    record Entry(String namespace, String name, Map<String, String> labels, Map<String, Key> keys, List<Text> purposes) {
        /** The environment variable a person sets for a {@code FILL} key. */
        String fillVariable(Key key) {
            return ("KSA_" + namespace + "_" + name + "_" + key.name()).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        }
    }

    private BootstrapSecrets() {}

    static List<Entry> of(RenderContext ctx, Variables variables) {
        Map<String, Entry> entries = new TreeMap<>();
        for (PlannedComponent p : ctx.plan().components()) {
            for (RenderData.SecretNeeded s : RenderDataLoader.of(p.id()).secrets()) {
                if (!Variables.holds(s.condition(), ctx)) {
                    continue;
                }
                String namespace = variables.substituteText(s.namespace() == null ? "${namespace}" : s.namespace(), p.id());
                Entry entry = entries.computeIfAbsent(namespace + "/" + s.name(),
                        k -> new Entry(namespace, s.name(), new TreeMap<>(), new LinkedHashMap<>(), new ArrayList<>()));
                entry.labels().putAll(s.labels());
                for (String key : s.keys()) {
                    Key parsed = parse(key, variables, p.id());
                    entry.keys().putIfAbsent(parsed.name(), parsed);
                }
                if (s.purpose() != null) {
                    entry.purposes().add(s.purpose());
                }
            }
        }
        identityProviderClients(ctx).ifPresent(e -> entries.putIfAbsent(e.namespace() + "/" + e.name(), e));
        return new ArrayList<>(entries.values());
    }

    /** The provider's own Secret of client secrets (its realm import reads them as placeholders), one shared value per confidential client. */
    private static java.util.Optional<Entry> identityProviderClients(RenderContext ctx) {
        return ctx.provider("oidc").flatMap(provider -> {
            String secret = RenderDataLoader.of(provider.id()).vars().get("oidcClientSecrets");
            if (secret == null) {
                return java.util.Optional.empty();
            }
            Map<String, Key> keys = new LinkedHashMap<>();
            for (RenderData.OidcClientData client : OidcClients.of(ctx)) {
                if (!client.publicClient()) {
                    keys.put(client.clientId(), new Key(client.clientId(), Source.SHARED, OidcClients.sharedSecret(client)));
                }
            }
            if (keys.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Entry(ctx.namespace(provider.id()), secret, Map.of(), keys,
                    List.of(new Text("OIDC 클라이언트 시크릿 (렐름 가져오기의 자리표시자가 읽음, 각 클라이언트의 시크릿과 같은 값)",
                            "the OIDC clients' secrets (the realm import's placeholders read them; the same values as each client's own Secret)"))));
        });
    }

    static Key parse(String spec, Variables variables, String self) {
        int equals = spec.indexOf('=');
        if (equals < 0) {
            return new Key(spec, Source.RANDOM, String.valueOf(RANDOM_LENGTH));
        }
        String name = spec.substring(0, equals);
        String value = spec.substring(equals + 1);
        Matcher shared = SHARED.matcher(value);
        if (shared.matches()) {
            return new Key(name, Source.SHARED, shared.group(1));
        }
        Matcher htpasswd = HTPASSWD.matcher(value);
        if (htpasswd.matches()) {
            return new Key(name, Source.HTPASSWD, htpasswd.group(1) + ":" + htpasswd.group(2));
        }
        Matcher random = RANDOM.matcher(value);
        if (random.matches()) {
            return new Key(name, Source.RANDOM, random.group(1));
        }
        if (EMBEDDED.matcher(value).find()) {
            return new Key(name, Source.TEMPLATE, template(value, variables, self));
        }
        if (value.startsWith("<") && value.endsWith(">")) {
            return new Key(name, Source.FILL, variables.substituteText(value.substring(1, value.length() - 1), self));
        }
        return new Key(name, Source.VALUE, variables.substituteText(value, self));
    }

    /** The text with the platform's variables filled in between the embedded shared values, which stay as they are. */
    private static String template(String value, Variables variables, String self) {
        StringBuilder out = new StringBuilder();
        Matcher m = EMBEDDED.matcher(value);
        int last = 0;
        while (m.find()) {
            out.append(variables.substituteText(value.substring(last, m.start()), self)).append(m.group());
            last = m.end();
        }
        return out.append(variables.substituteText(value.substring(last), self)).toString();
    }

    /** Namespaces the entries need, in order. */
    static Set<String> namespaces(List<Entry> entries) {
        Set<String> out = new LinkedHashSet<>();
        entries.forEach(e -> out.add(e.namespace()));
        return out;
    }
}
