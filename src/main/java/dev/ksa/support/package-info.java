/**
 * What every step shares and nothing step-specific: the user-error type, name suggestions, the one text table
 * (with terminal display width), deterministic JSON/YAML output and data files on the classpath.
 */
package dev.ksa.support;
