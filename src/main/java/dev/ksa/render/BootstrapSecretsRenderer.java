package dev.ksa.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * bootstrap/secrets.yaml (what the bootstrap creates, for people and for {@code ksa validate}) and
 * bootstrap/secrets.sh, which creates each Secret once: random values generated on the cluster's
 * side of the pipe and never written anywhere else, shared values kept in one Secret so every Secret
 * that needs one gets the same, values a person gives read from the environment. A Secret that
 * already exists is left as it is, so running it again never rotates a credential.
 */
final class BootstrapSecretsRenderer {
    static final String STORE = "ksa-bootstrap-values";

    private BootstrapSecretsRenderer() {}

    static void render(RenderContext ctx, List<BootstrapSecrets.Entry> entries, FileTree.Builder out) {
        if (entries.isEmpty()) {
            return;
        }
        out.put("bootstrap/secrets.yaml", Yaml.documents("The Secrets bootstrap/secrets.sh creates before Argo CD syncs (never their values): random,\n"
                + "shared (one generated value several Secrets carry), fill (a person gives it: the environment variable), or value.",
                List.of(list(entries))));
        out.put("bootstrap/secrets.sh", script(ctx, entries));
    }

    private static Map<String, Object> list(List<BootstrapSecrets.Entry> entries) {
        List<Object> secrets = new ArrayList<>();
        for (BootstrapSecrets.Entry e : entries) {
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("name", e.name());
            secret.put("namespace", e.namespace());
            if (!e.labels().isEmpty()) {
                secret.put("labels", e.labels());
            }
            Map<String, Object> keys = new LinkedHashMap<>();
            for (BootstrapSecrets.Key key : e.keys().values()) {
                keys.put(key.name(), switch (key.source()) {
                    case RANDOM -> K8s.map("random", Integer.parseInt(key.argument()));
                    case SHARED -> K8s.map("shared", key.argument());
                    case HTPASSWD -> K8s.map("htpasswd", key.argument());
                    case FILL -> K8s.map("fill", key.argument(), "env", e.fillVariable(key));
                    case VALUE -> K8s.map("value", key.argument());
                    case TEMPLATE -> K8s.map("template", key.argument());
                });
            }
            secret.put("keys", keys);
            if (!e.purposes().isEmpty()) {
                secret.put("purpose", e.purposes().get(0).en());
            }
            secrets.add(secret);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "ksa.dev/v1alpha1");
        doc.put("kind", "BootstrapSecrets");
        doc.put("secrets", secrets);
        return doc;
    }

    private static String script(RenderContext ctx, List<BootstrapSecrets.Entry> entries) {
        String store = ApplicationRenderer.argoNamespace(ctx);
        StringBuilder sh = new StringBuilder("""
                #!/bin/sh
                # Creates the Secrets of bootstrap/secrets.yaml, once. Random values are generated here and go
                # straight to the cluster; values several Secrets share are kept in Secret %2$s/%1$s; values a
                # person gives come from the environment (KSA_...). A Secret that exists already is kept as it
                # is, so this can run again at any time without rotating anything. Needs kubectl and base64.
                set -eu
                store_ns=%2$s

                random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }
                ensure_namespace() { kubectl get namespace "$1" >/dev/null 2>&1 || kubectl create namespace "$1" >/dev/null; }
                exists() { kubectl -n "$1" get secret "$2" >/dev/null 2>&1; }
                shared() {
                  v=$(kubectl -n "$store_ns" get secret %1$s -o "go-template={{index .data \\"$1\\"}}" 2>/dev/null | base64 -d 2>/dev/null || true)
                  if [ -z "$v" ]; then
                    v=$(random 32)
                    if kubectl -n "$store_ns" get secret %1$s >/dev/null 2>&1; then
                      kubectl -n "$store_ns" patch secret %1$s --type merge -p "{\\"stringData\\":{\\"$1\\":\\"$v\\"}}" >/dev/null
                    else
                      kubectl -n "$store_ns" create secret generic %1$s --from-literal="$1=$v" >/dev/null
                    fi
                  fi
                  printf '%%s' "$v"
                }
                htpasswd_line() {
                  if command -v htpasswd >/dev/null 2>&1; then htpasswd -nbB "$1" "$2" | tr -d '\\n'
                  elif python3 -c 'import bcrypt' >/dev/null 2>&1; then
                    python3 -c 'import bcrypt, sys; print(sys.argv[1] + ":" + bcrypt.hashpw(sys.argv[2].encode(), bcrypt.gensalt()).decode(), end="")' "$1" "$2"
                  else echo "bootstrap/secrets.sh: an htpasswd line needs htpasswd (apt-get install apache2-utils) or python3-bcrypt" >&2; exit 1; fi
                }
                bcrypt_hash() { line=$(htpasswd_line user "$1") || exit 1; printf '%%s' "${line#user:}"; }
                fill() {
                  eval "v=\\${$1:-}"
                  if [ -z "$v" ]; then echo "bootstrap/secrets.sh: set $1 ($2), then run it again" >&2; exit 1; fi
                  printf '%%s' "$v"
                }

                ensure_namespace "$store_ns"
                """.formatted(STORE, store));
        for (BootstrapSecrets.Entry e : entries) {
            sh.append("\n# ").append(e.namespace()).append('/').append(e.name());
            if (!e.purposes().isEmpty()) {
                sh.append(": ").append(e.purposes().get(0).en().replace('\n', ' '));
            }
            sh.append("\nif exists ").append(e.namespace()).append(' ').append(e.name()).append("; then\n  echo \"kept    ")
                    .append(e.namespace()).append('/').append(e.name()).append("\"\nelse\n");
            int n = 0;
            List<String> args = new ArrayList<>();
            for (BootstrapSecrets.Key key : e.keys().values()) {
                String variable = "v" + (++n);
                switch (key.source()) {
                    case RANDOM -> sh.append("  ").append(variable).append("=$(random ").append(key.argument()).append(")\n");
                    case SHARED -> sh.append("  ").append(variable).append("=$(shared ").append(quote(key.argument().replace('-', '_'))).append(") || exit 1\n");
                    case HTPASSWD -> {
                        String[] parts = key.argument().split(":", 2);
                        sh.append("  ").append(variable).append("=$(htpasswd_line ").append(quote(parts[0])).append(" \"$(shared ")
                                .append(quote(parts[1].replace('-', '_'))).append(")\") || exit 1\n");
                    }
                    case FILL -> sh.append("  ").append(variable).append("=$(fill ").append(e.fillVariable(key)).append(' ')
                            .append(quote(key.argument())).append(") || exit 1\n");
                    case VALUE -> sh.append("  ").append(variable).append('=').append(quote(key.argument())).append('\n');
                    case TEMPLATE -> template(sh, variable, key.argument());
                }
                args.add("--from-literal=" + quote(key.name()) + "=\"$" + variable + "\"");
            }
            sh.append("  ensure_namespace ").append(e.namespace()).append('\n');
            sh.append("  kubectl -n ").append(e.namespace()).append(" create secret generic ").append(e.name());
            args.forEach(a -> sh.append(" \\\n    ").append(a));
            sh.append(" >/dev/null\n");
            if (!e.labels().isEmpty()) {
                sh.append("  kubectl -n ").append(e.namespace()).append(" label secret ").append(e.name());
                e.labels().forEach((k, v) -> sh.append(' ').append(quote(k + "=" + v)));
                sh.append(" >/dev/null\n");
            }
            sh.append("  echo \"created ").append(e.namespace()).append('/').append(e.name()).append("\"\nfi\n");
        }
        return sh.toString();
    }

    /**
     * Each embedded shared value (or its hash) into a variable of its own first, so a failure stops the
     * script, then the text put together from quoted literal parts and those variables.
     */
    private static void template(StringBuilder sh, String variable, String text) {
        java.util.regex.Matcher m = BootstrapSecrets.EMBEDDED.matcher(text);
        StringBuilder value = new StringBuilder();
        int last = 0;
        int part = 0;
        while (m.find()) {
            String piece = variable + "_" + (++part);
            sh.append("  ").append(piece).append("=$(shared ").append(quote(m.group(2).replace('-', '_'))).append(") || exit 1\n");
            if (m.group(1).equals("bcrypt")) {
                sh.append("  ").append(piece).append("=$(bcrypt_hash \"$").append(piece).append("\") || exit 1\n");
            }
            value.append(quote(text.substring(last, m.start()))).append("\"$").append(piece).append('"');
            last = m.end();
        }
        value.append(quote(text.substring(last)));
        sh.append("  ").append(variable).append('=').append(value).append('\n');
    }

    /** A shell word in single quotes. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
