package dev.ksa.render.provisioning;

/**
 * provisioning/kubeadm/oidc-authentication.sh: prints the API server's authentication configuration
 * that accepts the platform OIDC issuer's tokens, with the platform CA inlined (structured
 * authentication takes the CA as PEM text, not as a file). It is run once the platform is up,
 * because the issuer and the CA only exist then; the API server reloads the file by itself.
 */
final class OidcScript {
    private OidcScript() {}

    static String render(ClusterFacts facts) {
        ProvisioningData.ApiServerOidc oidc = facts.oidc().orElseThrow();
        String fetchCa = facts.platformCa().map(ca -> "kubectl -n " + ca.namespace() + " get secret " + ca.secret() + " -o jsonpath='{.data."
                + ca.key().replace(".", "\\.") + "}' | base64 -d > platform-ca.crt").orElse("# put the PEM certificate of the CA that signed the issuer's TLS certificate in platform-ca.crt");
        return """
                #!/bin/sh
                # Prints the API server's authentication configuration for the platform's OIDC issuer
                # %1$s (audience %2$s), with the platform CA inlined.
                # Run it once the identity provider and cert-manager are up, with kubectl on the cluster:
                #   %3$s
                #   sh provisioning/kubeadm/oidc-authentication.sh platform-ca.crt > authentication-config.yaml
                # then copy the result to %4$s on every control plane
                # (install -m 0600 authentication-config.yaml %4$s); the API server reloads it.
                set -eu
                ca="${1:?usage: sh oidc-authentication.sh PLATFORM_CA_FILE}"
                grep -q 'BEGIN CERTIFICATE' "$ca" || { echo "$ca holds no PEM certificate" >&2; exit 1; }
                cat <<'EOF'
                apiVersion: %5$s
                kind: AuthenticationConfiguration
                jwt:
                  - issuer:
                      url: %1$s
                      audiences: [%2$s]
                      certificateAuthority: |
                EOF
                sed 's/^/        /' "$ca"
                cat <<'EOF'
                    claimMappings:
                      username: {claim: %6$s, prefix: "%7$s"}
                      groups: {claim: %8$s, prefix: "%9$s"}
                EOF
                """.formatted(oidc.issuer(), oidc.audience(), fetchCa, KubeadmFiles.AUTHENTICATION_FILE, facts.authenticationApiVersion(),
                oidc.usernameClaim(), oidc.usernamePrefix(), oidc.groupsClaim(), oidc.groupsPrefix());
    }
}
