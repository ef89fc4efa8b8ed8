package dev.ksa.render;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A tree of text files by relative path ({@code apps/grafana.yaml}), sorted, UTF-8, LF line ends. */
public record FileTree(SortedMap<String, String> files) {

    public FileTree {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public String get(String path) {
        return files.get(path);
    }

    /** Collects files; a path written twice is a bug in a renderer, not something to overwrite silently. */
    public static final class Builder {
        private final SortedMap<String, String> files = new TreeMap<>();

        public Builder put(String path, String content) {
            if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                throw new IllegalArgumentException("not a relative path: " + path);
            }
            String previous = files.putIfAbsent(path, content.endsWith("\n") ? content : content + "\n");
            if (previous != null) {
                throw new IllegalStateException("two renderers wrote " + path);
            }
            return this;
        }

        /** Paths written so far under a folder ({@code apps/}), sorted. */
        public java.util.List<String> under(String folder) {
            return files.keySet().stream().filter(p -> p.startsWith(folder)).toList();
        }

        /** A file written so far, or null. */
        public String get(String path) {
            return files.get(path);
        }

        public boolean has(String path) {
            return files.containsKey(path);
        }

        public FileTree build() {
            return new FileTree(files);
        }
    }
}
