#!/bin/sh
# Creates the Secrets of bootstrap/secrets.yaml, once. Random values are generated here and go
# straight to the cluster; values several Secrets share are kept in Secret argocd/ksa-bootstrap-values; values a
# person gives come from the environment (KSA_...). A Secret that exists already is kept as it
# is, so this can run again at any time without rotating anything. Needs kubectl and base64.
set -eu
store_ns=argocd

random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }
ensure_namespace() { kubectl get namespace "$1" >/dev/null 2>&1 || kubectl create namespace "$1" >/dev/null; }
exists() { kubectl -n "$1" get secret "$2" >/dev/null 2>&1; }
shared() {
  v=$(kubectl -n "$store_ns" get secret ksa-bootstrap-values -o "go-template={{index .data \"$1\"}}" 2>/dev/null | base64 -d 2>/dev/null || true)
  if [ -z "$v" ]; then
    v=$(random 32)
    if kubectl -n "$store_ns" get secret ksa-bootstrap-values >/dev/null 2>&1; then
      kubectl -n "$store_ns" patch secret ksa-bootstrap-values --type merge -p "{\"stringData\":{\"$1\":\"$v\"}}" >/dev/null
    else
      kubectl -n "$store_ns" create secret generic ksa-bootstrap-values --from-literal="$1=$v" >/dev/null
    fi
  fi
  printf '%s' "$v"
}
htpasswd_line() {
  if command -v htpasswd >/dev/null 2>&1; then htpasswd -nbB "$1" "$2" | tr -d '\n'
  elif python3 -c 'import bcrypt' >/dev/null 2>&1; then
    python3 -c 'import bcrypt, sys; print(sys.argv[1] + ":" + bcrypt.hashpw(sys.argv[2].encode(), bcrypt.gensalt()).decode(), end="")' "$1" "$2"
  else echo "bootstrap/secrets.sh: an htpasswd line needs htpasswd (apt-get install apache2-utils) or python3-bcrypt" >&2; exit 1; fi
}
bcrypt_hash() { line=$(htpasswd_line user "$1") || exit 1; printf '%s' "${line#user:}"; }
fill() {
  eval "v=\${$1:-}"
  if [ -z "$v" ]; then echo "bootstrap/secrets.sh: set $1 ($2), then run it again" >&2; exit 1; fi
  printf '%s' "$v"
}

ensure_namespace "$store_ns"

# argocd/argocd-oidc: the client secret of Keycloak's argocd client (Argo CD reads only Secrets with this label)
if exists argocd argocd-oidc; then
  echo "kept    argocd/argocd-oidc"
else
  v1=$(shared 'oidc_argocd') || exit 1
  ensure_namespace argocd
  kubectl -n argocd create secret generic argocd-oidc \
    --from-literal='clientSecret'="$v1" >/dev/null
  kubectl -n argocd label secret argocd-oidc 'app.kubernetes.io/part-of=argocd' >/dev/null
  echo "created argocd/argocd-oidc"
fi

# harbor/harbor-admin: Harbor's admin password
if exists harbor harbor-admin; then
  echo "kept    harbor/harbor-admin"
else
  v1=$(random 32)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-admin \
    --from-literal='HARBOR_ADMIN_PASSWORD'="$v1" >/dev/null
  echo "created harbor/harbor-admin"
fi

# harbor/harbor-core-secret: the secret Harbor's components share
if exists harbor harbor-core-secret; then
  echo "kept    harbor/harbor-core-secret"
else
  v1=$(random 16)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-core-secret \
    --from-literal='secret'="$v1" >/dev/null
  echo "created harbor/harbor-core-secret"
fi

# harbor/harbor-database-password: the password of Harbor's PostgreSQL
if exists harbor harbor-database-password; then
  echo "kept    harbor/harbor-database-password"
else
  v1=$(random 32)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-database-password \
    --from-literal='password'="$v1" >/dev/null
  echo "created harbor/harbor-database-password"
fi

# harbor/harbor-jobservice-secret: the secret of Harbor's job service
if exists harbor harbor-jobservice-secret; then
  echo "kept    harbor/harbor-jobservice-secret"
else
  v1=$(random 16)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-jobservice-secret \
    --from-literal='JOBSERVICE_SECRET'="$v1" >/dev/null
  echo "created harbor/harbor-jobservice-secret"
fi

# harbor/harbor-registry-credentials: the account Harbor's core uses with the registry (the htpasswd line is bcrypt)
if exists harbor harbor-registry-credentials; then
  echo "kept    harbor/harbor-registry-credentials"
else
  v1=$(shared 'harbor_registry') || exit 1
  v2=$(htpasswd_line 'harbor_registry_user' "$(shared 'harbor_registry')") || exit 1
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-registry-credentials \
    --from-literal='REGISTRY_PASSWD'="$v1" \
    --from-literal='REGISTRY_HTPASSWD'="$v2" >/dev/null
  echo "created harbor/harbor-registry-credentials"
fi

# harbor/harbor-registry-http: the secret that protects the registry's upload state
if exists harbor harbor-registry-http; then
  echo "kept    harbor/harbor-registry-http"
else
  v1=$(random 16)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-registry-http \
    --from-literal='REGISTRY_HTTP_SECRET'="$v1" >/dev/null
  echo "created harbor/harbor-registry-http"
fi

# harbor/harbor-secret-key: Harbor's encryption key (exactly 16 characters)
if exists harbor harbor-secret-key; then
  echo "kept    harbor/harbor-secret-key"
else
  v1=$(random 16)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-secret-key \
    --from-literal='secretKey'="$v1" >/dev/null
  echo "created harbor/harbor-secret-key"
fi

# harbor/harbor-xsrf: the XSRF key of Harbor's portal
if exists harbor harbor-xsrf; then
  echo "kept    harbor/harbor-xsrf"
else
  v1=$(random 32)
  ensure_namespace harbor
  kubectl -n harbor create secret generic harbor-xsrf \
    --from-literal='CSRF_KEY'="$v1" >/dev/null
  echo "created harbor/harbor-xsrf"
fi

# keycloak/keycloak-db: Keycloak's database account (it needs a PostgreSQL reachable as keycloak-postgres)
if exists keycloak keycloak-db; then
  echo "kept    keycloak/keycloak-db"
else
  v1='keycloak'
  v2=$(random 32)
  ensure_namespace keycloak
  kubectl -n keycloak create secret generic keycloak-db \
    --from-literal='username'="$v1" \
    --from-literal='password'="$v2" >/dev/null
  echo "created keycloak/keycloak-db"
fi

# keycloak/keycloak-oidc-clients: the OIDC clients' secrets (the realm import's placeholders read them; the same values as each client's own Secret)
if exists keycloak keycloak-oidc-clients; then
  echo "kept    keycloak/keycloak-oidc-clients"
else
  v1=$(shared 'oidc_argocd') || exit 1
  v2=$(shared 'oidc_headlamp') || exit 1
  v3=$(shared 'oidc_harbor') || exit 1
  v4=$(shared 'oidc_opensearch_dashboards') || exit 1
  v5=$(shared 'oidc_grafana') || exit 1
  ensure_namespace keycloak
  kubectl -n keycloak create secret generic keycloak-oidc-clients \
    --from-literal='argocd'="$v1" \
    --from-literal='headlamp'="$v2" \
    --from-literal='harbor'="$v3" \
    --from-literal='opensearch-dashboards'="$v4" \
    --from-literal='grafana'="$v5" >/dev/null
  echo "created keycloak/keycloak-oidc-clients"
fi

# kube-system/headlamp-oidc: Headlamp's OIDC settings (client headlamp, issuer https://<keycloak host>/realms/<platform>)
if exists kube-system headlamp-oidc; then
  echo "kept    kube-system/headlamp-oidc"
else
  v1='headlamp'
  v2=$(shared 'oidc_headlamp') || exit 1
  v3='https://keycloak.demo.internal/realms/demo'
  v4='openid,profile,email,groups'
  ensure_namespace kube-system
  kubectl -n kube-system create secret generic headlamp-oidc \
    --from-literal='OIDC_CLIENT_ID'="$v1" \
    --from-literal='OIDC_CLIENT_SECRET'="$v2" \
    --from-literal='OIDC_ISSUER_URL'="$v3" \
    --from-literal='OIDC_SCOPES'="$v4" >/dev/null
  echo "created kube-system/headlamp-oidc"
fi

# logging/opensearch-admin: OpenSearch's admin account (Fluent Bit reads the same Secret)
if exists logging opensearch-admin; then
  echo "kept    logging/opensearch-admin"
else
  v1=$(shared 'opensearch_admin') || exit 1
  ensure_namespace logging
  kubectl -n logging create secret generic opensearch-admin \
    --from-literal='password'="$v1" >/dev/null
  echo "created logging/opensearch-admin"
fi

# logging/opensearch-dashboards-account: the kibanaserver account OpenSearch Dashboards signs in to OpenSearch with, and its cookie key
if exists logging opensearch-dashboards-account; then
  echo "kept    logging/opensearch-dashboards-account"
else
  v1='kibanaserver'
  v2=$(shared 'opensearch_kibanaserver') || exit 1
  v3=$(random 32)
  ensure_namespace logging
  kubectl -n logging create secret generic opensearch-dashboards-account \
    --from-literal='username'="$v1" \
    --from-literal='password'="$v2" \
    --from-literal='cookie'="$v3" >/dev/null
  echo "created logging/opensearch-dashboards-account"
fi

# logging/opensearch-dashboards-oidc: OpenSearch Dashboards' Keycloak login
if exists logging opensearch-dashboards-oidc; then
  echo "kept    logging/opensearch-dashboards-oidc"
else
  v1=$(shared 'oidc_opensearch_dashboards') || exit 1
  ensure_namespace logging
  kubectl -n logging create secret generic opensearch-dashboards-oidc \
    --from-literal='OIDC_CLIENT_SECRET'="$v1" >/dev/null
  echo "created logging/opensearch-dashboards-oidc"
fi

# logging/opensearch-internal-users: the security plugin's internal users (admin, kibanaserver; bcrypt hashes of their passwords)
if exists logging opensearch-internal-users; then
  echo "kept    logging/opensearch-internal-users"
else
  v1_1=$(shared 'opensearch_admin') || exit 1
  v1_1=$(bcrypt_hash "$v1_1") || exit 1
  v1_2=$(shared 'opensearch_kibanaserver') || exit 1
  v1_2=$(bcrypt_hash "$v1_2") || exit 1
  v1='_meta: {type: internalusers, config_version: 2}
admin: {hash: "'"$v1_1"'", reserved: true, backend_roles: [admin], description: "the platform'\''s administrator (Secret opensearch-admin)"}
kibanaserver: {hash: "'"$v1_2"'", reserved: true, description: "OpenSearch Dashboards'\'' server user (Secret opensearch-dashboards-account)"}'
  ensure_namespace logging
  kubectl -n logging create secret generic opensearch-internal-users \
    --from-literal='internal_users.yml'="$v1" >/dev/null
  echo "created logging/opensearch-internal-users"
fi

# monitoring/alertmanager-platform-webhook: the bearer token of the alert webhook (change the receiver URL in platform/monitoring/alertmanager to the site's)
if exists monitoring alertmanager-platform-webhook; then
  echo "kept    monitoring/alertmanager-platform-webhook"
else
  v1=$(random 32)
  ensure_namespace monitoring
  kubectl -n monitoring create secret generic alertmanager-platform-webhook \
    --from-literal='token'="$v1" >/dev/null
  echo "created monitoring/alertmanager-platform-webhook"
fi

# monitoring/grafana-admin: Grafana's admin account
if exists monitoring grafana-admin; then
  echo "kept    monitoring/grafana-admin"
else
  v1='admin'
  v2=$(random 32)
  ensure_namespace monitoring
  kubectl -n monitoring create secret generic grafana-admin \
    --from-literal='admin-user'="$v1" \
    --from-literal='admin-password'="$v2" >/dev/null
  echo "created monitoring/grafana-admin"
fi

# monitoring/grafana-oidc: the client secret of Keycloak's grafana client
if exists monitoring grafana-oidc; then
  echo "kept    monitoring/grafana-oidc"
else
  v1=$(shared 'oidc_grafana') || exit 1
  ensure_namespace monitoring
  kubectl -n monitoring create secret generic grafana-oidc \
    --from-literal='GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET'="$v1" >/dev/null
  echo "created monitoring/grafana-oidc"
fi

# monitoring/opensearch-admin: the same OpenSearch admin password in Grafana's namespace too (its datasource reads it)
if exists monitoring opensearch-admin; then
  echo "kept    monitoring/opensearch-admin"
else
  v1=$(shared 'opensearch_admin') || exit 1
  ensure_namespace monitoring
  kubectl -n monitoring create secret generic opensearch-admin \
    --from-literal='password'="$v1" >/dev/null
  echo "created monitoring/opensearch-admin"
fi
