/**
 * Step four of the flow: a directory (typically what {@code ksa generate} wrote) is checked the way
 * the tools that consume it will check it. {@link dev.ksa.validate.Validator} parses every YAML file
 * with positions, checks Kubernetes objects against fabric8's typed models, custom resources against
 * their CRDs, Helm values against the upstream charts, Argo CD Applications against the tree, and
 * runs the real {@code kubectl kustomize}, {@code promtool} and {@code amtool} when installed. It
 * returns a {@link dev.ksa.validate.ValidationReport}; it never writes into the directory.
 */
package dev.ksa.validate;
