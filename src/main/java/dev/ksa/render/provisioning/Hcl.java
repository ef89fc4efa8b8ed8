package dev.ksa.render.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small HCL writer whose output {@code terraform fmt} leaves as it is: two-space indents, the
 * {@code =} of consecutive one-line attributes aligned, a blank line around every multi-line value
 * and nested block (so alignment never spans them).
 */
final class Hcl {
    private final List<Object> items = new ArrayList<>();

    private record Attribute(String name, String value) {}

    private record Block(String header, Hcl body) {}

    private record Comment(String text) {}

    /** {@code name = value} where value is already HCL ({@link #string}, a number, a reference, a one-line list). */
    Hcl attribute(String name, String value) {
        items.add(new Attribute(name, value));
        return this;
    }

    /** {@code name = { ... }}: an object value written like a block body. */
    Hcl object(String name, Hcl body) {
        items.add(new Block(name + " =", body));
        return this;
    }

    /** {@code type "label" "label" { ... }}. */
    Hcl block(String header, Hcl body) {
        items.add(new Block(header, body));
        return this;
    }

    Hcl comment(String text) {
        items.add(new Comment(text));
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        write(out, "");
        return out.toString();
    }

    private void write(StringBuilder out, String indent) {
        int i = 0;
        boolean first = true;
        while (i < items.size()) {
            Object item = items.get(i);
            if (item instanceof Block block) {
                if (!first) {
                    out.append('\n');
                }
                out.append(indent).append(block.header()).append(" {");
                if (block.body().items.isEmpty()) {
                    out.append("}\n");
                } else {
                    out.append('\n');
                    block.body().write(out, indent + "  ");
                    out.append(indent).append("}\n");
                }
                i++;
                first = false;
                if (i < items.size()) {
                    out.append('\n');
                    first = true;
                }
                continue;
            }
            int end = i;
            while (end < items.size() && !(items.get(end) instanceof Block)) {
                end++;
            }
            int width = 0;
            for (int j = i; j < end; j++) {
                if (items.get(j) instanceof Attribute a) {
                    width = Math.max(width, a.name().length());
                } else {
                    // a comment ends an alignment run in terraform fmt; align each run on its own
                    width = alignRuns(out, indent, i, end);
                    break;
                }
            }
            if (width > 0) {
                for (int j = i; j < end; j++) {
                    Attribute a = (Attribute) items.get(j);
                    out.append(indent).append(pad(a.name(), width)).append(" = ").append(a.value()).append('\n');
                }
            }
            i = end;
            first = false;
        }
    }

    private int alignRuns(StringBuilder out, String indent, int from, int to) {
        int j = from;
        while (j < to) {
            if (items.get(j) instanceof Comment c) {
                out.append(indent).append("# ").append(c.text()).append('\n');
                j++;
                continue;
            }
            int runEnd = j;
            int width = 0;
            while (runEnd < to && items.get(runEnd) instanceof Attribute a) {
                width = Math.max(width, a.name().length());
                runEnd++;
            }
            for (int k = j; k < runEnd; k++) {
                Attribute a = (Attribute) items.get(k);
                out.append(indent).append(pad(a.name(), width)).append(" = ").append(a.value()).append('\n');
            }
            j = runEnd;
        }
        return 0;
    }

    private static String pad(String name, int width) {
        return name + " ".repeat(width - name.length());
    }

    static String string(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${") + "\"";
    }

    static String list(List<String> quoted) {
        return "[" + String.join(", ", quoted) + "]";
    }

    static String strings(List<String> values) {
        return list(values.stream().map(Hcl::string).toList());
    }

    /** A JSON-like value (maps, lists, strings) as one-line HCL, for jsonencode(...). */
    @SuppressWarnings("unchecked")
    static String value(Object node) {
        if (node instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            ((Map<String, Object>) map).forEach((k, v) -> parts.add(k + " = " + value(v)));
            return "{ " + String.join(", ", parts) + " }";
        }
        if (node instanceof List<?> list) {
            return list(list.stream().map(Hcl::value).toList());
        }
        if (node instanceof Number || node instanceof Boolean) {
            return String.valueOf(node);
        }
        return string(String.valueOf(node));
    }
}
