package dev.ksa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bootstrap/secrets.sh run for real with sh, against a stand-in kubectl that keeps Secrets as files:
 * it creates every Secret once, gives every key naming one shared value the same value (an OIDC
 * client's Secret and the provider's placeholder Secret), never rotates on a second run, and stops
 * with the variable to set when a value a person gives is missing.
 */
class BootstrapSecretsScriptTest {
    /** kubectl's calls the script makes: namespaces, get/create/patch/label secret; Secrets are folders of key files. */
    private static final String FAKE_KUBECTL = """
            #!/bin/sh
            state="$KSA_FAKE_STATE"
            ns=default
            if [ "$1" = "-n" ]; then ns=$2; shift 2; fi
            verb=$1; shift
            case "$verb" in
              get)
                kind=$1; name=$2
                if [ "$kind" = namespace ]; then [ -d "$state/$name" ]; exit $?; fi
                [ -d "$state/$ns/$name" ] || exit 1
                case "${3:-}" in
                  -o) key=$(printf '%s' "$4" | sed 's/.*index .data "\\([^"]*\\)".*/\\1/')
                      [ -f "$state/$ns/$name/$key" ] && base64 -w0 < "$state/$ns/$name/$key"; exit 0;;
                esac
                exit 0;;
              create)
                kind=$1; shift
                if [ "$kind" = namespace ]; then mkdir -p "$state/$1"; exit 0; fi
                shift; name=$1; shift
                mkdir -p "$state/$ns/$name"
                for arg in "$@"; do
                  kv=${arg#--from-literal=}; key=${kv%%=*}; value=${kv#*=}
                  printf '%s' "$value" > "$state/$ns/$name/$key"
                done
                exit 0;;
              patch)
                name=$2; json=$6
                key=$(printf '%s' "$json" | sed 's/.*{"stringData":{"\\([^"]*\\)":"\\([^"]*\\)"}}.*/\\1/')
                value=$(printf '%s' "$json" | sed 's/.*{"stringData":{"\\([^"]*\\)":"\\([^"]*\\)"}}.*/\\2/')
                printf '%s' "$value" > "$state/$ns/$name/$key"; exit 0;;
              label) exit 0;;
            esac
            echo "fake kubectl: unexpected $verb $*" >&2; exit 2
            """;

    record Run(int exit, String output) {}

    @Test
    void secretsScript_createsOnce_sharesValues_andNeverRotates(@TempDir Path dir) throws Exception {
        dev.ksa.testing.Tools.require("htpasswd");
        Path repo = repository(dir, Examples.tree("on-prem-full"));
        Path state = Files.createDirectories(dir.resolve("state"));
        Map<String, String> given = new LinkedHashMap<>();
        java.util.regex.Matcher fill = java.util.regex.Pattern.compile("env: (KSA_[A-Z0-9_]+)").matcher(Files.readString(repo.resolve("bootstrap/secrets.yaml")));
        while (fill.find()) {
            given.put(fill.group(1), "given-" + fill.group(1));
        }

        Run first = run(repo, dir, state, given);
        Map<String, String> before = snapshot(state);
        Run second = run(repo, dir, state, Map.of());

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("created argocd/argocd-oidc", "created keycloak/keycloak-oidc-clients", "created harbor/harbor-admin");
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("kept    argocd/argocd-oidc").doesNotContain("created ");
        assertThat(snapshot(state)).as("a second run changes nothing").isEqualTo(before);
        assertThat(before.get("argocd/argocd-oidc/clientSecret")).hasSize(32)
                .isEqualTo(before.get("keycloak/keycloak-oidc-clients/argocd"));
        assertThat(before.get("monitoring/grafana-oidc/GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET")).isEqualTo(before.get("keycloak/keycloak-oidc-clients/grafana"))
                .isNotEqualTo(before.get("argocd/argocd-oidc/clientSecret"));
        assertThat(before.get("harbor/harbor-secret-key/secretKey")).hasSize(16).matches("[A-Za-z0-9]{16}");
        assertThat(before.get("monitoring/grafana-admin/admin-user")).isEqualTo("admin");
        assertThat(before.get("logging/opensearch-admin/password")).isEqualTo(before.get("monitoring/opensearch-admin/password"));
        assertThat(before.get("harbor/harbor-registry-credentials/REGISTRY_HTPASSWD"))
                .startsWith("harbor_registry_user:$2y$").doesNotContain(before.get("harbor/harbor-registry-credentials/REGISTRY_PASSWD"));
        // OpenSearch's user database carries the hashes of the very passwords its clients read in clear
        String users = before.get("logging/opensearch-internal-users/internal_users.yml");
        assertThat(users).doesNotContain(before.get("logging/opensearch-admin/password"));
        assertThat(bcryptOf(users, "admin", dir, before.values())).as("admin's hash").isEqualTo(before.get("logging/opensearch-admin/password"));
        assertThat(bcryptOf(users, "kibanaserver", dir, before.values())).as("kibanaserver's hash").isEqualTo(before.get("logging/opensearch-dashboards-account/password"));
    }

    /** The password among the candidates (none: null) that the user's bcrypt hash in internal_users.yml verifies, checked with htpasswd -v. */
    private static String bcryptOf(String internalUsers, String user, Path dir, java.util.Collection<String> candidates) throws Exception {
        JsonNode users = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(internalUsers);
        assertThat(users.at("/_meta/type").asText()).isEqualTo("internalusers");
        String hash = users.at("/" + user + "/hash").asText();
        assertThat(hash).startsWith("$2");
        Path file = dir.resolve("htpasswd-" + user);
        Files.writeString(file, user + ":" + hash + "\n");
        return candidates.stream().distinct().filter(password -> {
            try {
                Process p = new ProcessBuilder("htpasswd", "-vb", file.toString(), user, password).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElse(null);
    }

    @Test
    void secretsScript_stopsWithTheVariable_whenAValueToGiveIsMissing(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("bootstrap"));
        RenderContext ctx = new RenderContext(Examples.plan("on-prem-minimal"), Catalog.load());
        Map<String, BootstrapSecrets.Key> keys = new LinkedHashMap<>();
        keys.put("endpoint", new BootstrapSecrets.Key("endpoint", BootstrapSecrets.Source.FILL, "the S3 endpoint of the backup site"));
        keys.put("token", new BootstrapSecrets.Key("token", BootstrapSecrets.Source.RANDOM, "24"));
        BootstrapSecrets.Entry entry = new BootstrapSecrets.Entry("velero", "backup-target", Map.of(), keys, List.of(new Text("백업", "backup")));
        FileTree.Builder out = new FileTree.Builder();
        BootstrapSecretsRenderer.render(ctx, List.of(entry), out);
        Files.writeString(repo.resolve("bootstrap/secrets.sh"), out.build().files().get("bootstrap/secrets.sh"));
        Path state = Files.createDirectories(dir.resolve("state"));

        Run missing = run(repo, dir, state, Map.of());
        Run given = run(repo, dir, state, Map.of(entry.fillVariable(keys.get("endpoint")), "https://s3.backup.example"));

        assertThat(missing.exit()).isNotZero();
        assertThat(missing.output()).contains("set KSA_VELERO_BACKUP_TARGET_ENDPOINT (the S3 endpoint of the backup site)");
        assertThat(snapshot(state)).containsEntry("velero/backup-target/endpoint", "https://s3.backup.example");
        assertThat(snapshot(state).get("velero/backup-target/token")).hasSize(24);
        assertThat(given.exit()).as(given.output()).isZero();
    }

    private static Path repository(Path dir, FileTree tree) throws IOException {
        Path repo = dir.resolve("repo");
        for (Map.Entry<String, String> file : tree.files().entrySet()) {
            if (file.getKey().startsWith("bootstrap/")) {
                Path target = repo.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        }
        return repo;
    }

    private static Run run(Path repo, Path dir, Path state, Map<String, String> env) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path kubectl = bin.resolve("kubectl");
        Files.writeString(kubectl, FAKE_KUBECTL);
        Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("sh", "bootstrap/secrets.sh").directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("KSA_FAKE_STATE", state.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** Every key of every Secret: {@code namespace/name/key -> value}. */
    private static Map<String, String> snapshot(Path state) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(state)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(state.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return out;
    }
}
