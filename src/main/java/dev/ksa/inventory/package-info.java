/**
 * Step one of the audit flow: the inventory. Reads Kubernetes objects from files, directories,
 * stdin (multi-document YAML, JSON and YAML {@code List}s) or a live cluster, streamed, and keeps
 * of each object only what detection and the rules need ({@link dev.ksa.inventory.KubeObject}).
 * Secret data is never kept.
 */
package dev.ksa.inventory;
