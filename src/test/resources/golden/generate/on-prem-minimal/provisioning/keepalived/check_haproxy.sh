#!/bin/sh
# keepalived's health check on /etc/keepalived/check_haproxy.sh (root-owned, mode 0755): HAProxy answers the API on this node.
# /readyz is public (system:public-info-viewer), so no credentials are needed.
set -eu
exec curl --silent --fail --insecure --max-time 2 --output /dev/null https://127.0.0.1:6443/readyz
