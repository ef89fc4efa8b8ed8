#!/bin/sh
# How long `ksa validate` takes on the full example's repository: every Application rendered with real
# Helm (twice, for the drift check) and the whole platform cross-checked, against the offline chart and
# manifest library beside the repository. Side by side, the same run without the charts (objects,
# values, tools only) and the real tool the cheapest part needs anyway: kubectl kustomize on every
# kustomization of the tree. Each command runs RUNS times (default 3) after one warm-up run.
#   sh bench/validate-full.sh [RUNS]
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
shared=../shared/upstream
tree=$(mktemp -d)/repo
trap 'rm -rf "$(dirname "$tree")"' EXIT
./ksa generate examples/on-prem-full.yaml -d "$tree" --no-validate >/dev/null

measure() {
  label=$1; shift
  "$@" >/dev/null 2>&1 || true
  start=$(date +%s%N)
  i=0
  while [ "$i" -lt "$runs" ]; do "$@" >/dev/null 2>&1 || true; i=$((i + 1)); done
  end=$(date +%s%N)
  echo "$label: $(( (end - start) / runs / 1000000 )) ms per run ($runs runs)"
}

kustomize_all() {
  for k in $(find "$tree" -name kustomization.yaml); do kubectl kustomize "$(dirname "$k")" >/dev/null 2>&1 || true; done
}

measure "ksa validate --charts --manifests --strict (the whole platform)" \
  ./ksa validate "$tree" --charts "$shared/charts" --manifests "$shared" --strict
measure "ksa validate (no charts: objects, values, tools)" ./ksa validate "$tree"
measure "kubectl kustomize on every kustomization of the tree" kustomize_all
