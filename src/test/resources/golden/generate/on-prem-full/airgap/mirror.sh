#!/bin/sh
# Copies every chart the plan installs into the site's Harbor as OCI artifacts
# (oci://harbor.demo.internal/mirror-charts), where the Applications in apps/ look for them. Run it on a
# machine that reaches both the internet and the mirror, after 'helm registry login harbor.demo.internal'.
# Images need no copying: the proxy-cache projects in harbor-projects.json fetch them on
# first pull (create them in Harbor first; for a site with no internet at all, copy each
# image of images.txt with 'skopeo copy' into the matching project instead).
set -eu
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
helm pull altinity-clickhouse-operator --repo https://docs.altinity.com/clickhouse-operator --version 0.25.6 -d "$work"
helm pull argo-cd --repo https://argoproj.github.io/argo-helm --version 10.1.1 -d "$work"
helm pull base --repo https://istio-release.storage.googleapis.com/charts --version 1.30.3 -d "$work"
helm pull cert-manager --repo https://charts.jetstack.io --version v1.21.1 -d "$work"
helm pull cilium --repo https://helm.cilium.io --version 1.20.0 -d "$work"
helm pull external-dns --repo https://kubernetes-sigs.github.io/external-dns/ --version 1.21.1 -d "$work"
helm pull falco --repo https://falcosecurity.github.io/charts --version 9.1.0 -d "$work"
helm pull fluent-bit --repo https://fluent.github.io/helm-charts --version 0.58.1 -d "$work"
helm pull grafana --repo https://grafana-community.github.io/helm-charts --version 12.11.1 -d "$work"
helm pull harbor --repo https://helm.goharbor.io --version 1.19.1 -d "$work"
helm pull headlamp --repo https://kubernetes-sigs.github.io/headlamp/ --version 0.45.0 -d "$work"
helm pull ingress-nginx --repo https://kubernetes.github.io/ingress-nginx --version 4.15.1 -d "$work"
helm pull istiod --repo https://istio-release.storage.googleapis.com/charts --version 1.30.3 -d "$work"
helm pull k8gb --repo https://www.k8gb.io --version v0.20.0 -d "$work"
helm pull knative-operator --repo https://knative.github.io/operator --version 1.23.0 -d "$work"
helm pull kube-prometheus-stack --repo https://prometheus-community.github.io/helm-charts --version 88.5.3 -d "$work"
helm pull kyverno --repo https://kyverno.github.io/kyverno/ --version 3.9.0 -d "$work"
helm pull opensearch --repo https://opensearch-project.github.io/helm-charts --version 3.6.0 -d "$work"
helm pull opensearch-dashboards --repo https://opensearch-project.github.io/helm-charts --version 3.6.0 -d "$work"
helm pull opentelemetry-collector --repo https://open-telemetry.github.io/opentelemetry-helm-charts --version 0.170.0 -d "$work"
helm pull pyroscope --repo https://grafana.github.io/helm-charts --version 2.2.1 -d "$work"
helm pull rook-ceph --repo https://charts.rook.io/release --version v1.20.6 -d "$work"
helm pull rook-ceph-cluster --repo https://charts.rook.io/release --version v1.20.6 -d "$work"
helm pull oci://quay.io/strimzi-helm/strimzi-kafka-operator --version 1.2.0 -d "$work"
helm pull teleport-cluster --repo https://charts.releases.teleport.dev --version 18.10.3 -d "$work"
helm pull tempo --repo https://grafana-community.github.io/helm-charts --version 2.2.4 -d "$work"
helm pull vault --repo https://helm.releases.hashicorp.com --version 0.34.1 -d "$work"
helm pull velero --repo https://vmware-tanzu.github.io/helm-charts --version 12.1.0 -d "$work"
for chart in "$work"/*.tgz; do helm push "$chart" oci://harbor.demo.internal/mirror-charts; done

# Release manifests, vendored into this repository (run from its root, then commit manifests/*/vendor/)
cd "$(dirname "$0")/.."
curl -fsSL --create-dirs -o manifests/kubevirt/vendor/kubevirt-operator.yaml 'https://github.com/kubevirt/kubevirt/releases/download/v1.9.0/kubevirt-operator.yaml'
curl -fsSL --create-dirs -o manifests/kubevirt/vendor/kubevirt-cr.yaml 'https://github.com/kubevirt/kubevirt/releases/download/v1.9.0/kubevirt-cr.yaml'
curl -fsSL --create-dirs -o manifests/keycloak/vendor/keycloaks.k8s.keycloak.org-v1.yml 'https://raw.githubusercontent.com/keycloak/keycloak-k8s-resources/26.0.0/kubernetes/keycloaks.k8s.keycloak.org-v1.yml'
curl -fsSL --create-dirs -o manifests/keycloak/vendor/keycloakrealmimports.k8s.keycloak.org-v1.yml 'https://raw.githubusercontent.com/keycloak/keycloak-k8s-resources/26.0.0/kubernetes/keycloakrealmimports.k8s.keycloak.org-v1.yml'
curl -fsSL --create-dirs -o manifests/keycloak/vendor/kubernetes.yml 'https://raw.githubusercontent.com/keycloak/keycloak-k8s-resources/26.0.0/kubernetes/kubernetes.yml'
test -d manifests/kubeflow/vendor/manifests || git clone --quiet --depth 1 --branch 26.03 https://github.com/kubeflow/manifests.git manifests/kubeflow/vendor/manifests

# OCI artifacts other than images (rules, plugins), copied into the mirror with oras
oras copy ghcr.io/falcosecurity/rules/falco-rules:5 harbor.demo.internal/mirror/falcosecurity/rules/falco-rules:5
