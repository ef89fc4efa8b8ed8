package dev.ksa.plan;

import java.util.HashMap;
import java.util.Map;

/** Line and column (1-based) of every key and value of a parsed document, by JSON pointer. */
public final class SourceMap {
    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, int[]> keys = new HashMap<>();

    void value(String pointer, int line, int column) {
        values.putIfAbsent(pointer, new int[] {line, column});
    }

    void key(String pointer, int line, int column) {
        keys.putIfAbsent(pointer, new int[] {line, column});
    }

    public String describe(String file, String pointer) {
        return file + ":" + find(values, pointer);
    }

    public String describeKey(String file, String pointer) {
        int[] key = keys.get(pointer);
        return key != null ? file + ":" + key[0] + ":" + key[1] : describe(file, pointer);
    }

    private String find(Map<String, int[]> map, String pointer) {
        String p = pointer;
        while (true) {
            int[] at = map.get(p);
            if (at != null) {
                return at[0] + ":" + at[1];
            }
            if (p.isEmpty()) {
                return "1:1";
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** A JSON pointer segment, escaped as RFC 6901 says. */
    static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
