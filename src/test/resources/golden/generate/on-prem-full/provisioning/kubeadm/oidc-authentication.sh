#!/bin/sh
# Prints the API server's authentication configuration for the platform's OIDC issuer
# https://keycloak.demo.internal/realms/demo (audience kubernetes), with the platform CA inlined.
# Run it once the identity provider and cert-manager are up, with kubectl on the cluster:
#   kubectl -n cert-manager get secret demo-root-ca -o jsonpath='{.data.ca\.crt}' | base64 -d > platform-ca.crt
#   sh provisioning/kubeadm/oidc-authentication.sh platform-ca.crt > authentication-config.yaml
# then copy the result to /etc/kubernetes/authentication/authentication-config.yaml on every control plane
# (install -m 0600 authentication-config.yaml /etc/kubernetes/authentication/authentication-config.yaml); the API server reloads it.
set -eu
ca="${1:?usage: sh oidc-authentication.sh PLATFORM_CA_FILE}"
grep -q 'BEGIN CERTIFICATE' "$ca" || { echo "$ca holds no PEM certificate" >&2; exit 1; }
cat <<'EOF'
apiVersion: apiserver.config.k8s.io/v1
kind: AuthenticationConfiguration
jwt:
  - issuer:
      url: https://keycloak.demo.internal/realms/demo
      audiences: [kubernetes]
      certificateAuthority: |
EOF
sed 's/^/        /' "$ca"
cat <<'EOF'
    claimMappings:
      username: {claim: preferred_username, prefix: "oidc:"}
      groups: {claim: groups, prefix: "oidc:"}
EOF
