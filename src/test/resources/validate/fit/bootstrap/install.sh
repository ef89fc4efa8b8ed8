#!/bin/sh
# The bootstrap of the fixture platform: Argo CD first (wave 0), then the root Application.
set -eu
helm upgrade --install argo-cd argo/argo-cd --namespace argocd --create-namespace
sh bootstrap/secrets.sh
kubectl apply -f bootstrap/root.yaml
