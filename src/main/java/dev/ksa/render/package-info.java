/**
 * Step three of the flow: a {@link dev.ksa.plan.Plan} becomes a {@link dev.ksa.render.FileTree}, the
 * GitOps repository in memory (bootstrap, Argo CD Applications, wired Helm values, platform
 * manifests, air-gap lists, README and lock file). Pure: writing to disk is {@link dev.ksa.render.TreeWriter}.
 * What ksa sets for each component is data under {@code render/components/<id>.yaml}.
 */
package dev.ksa.render;
