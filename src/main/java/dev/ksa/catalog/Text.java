package dev.ksa.catalog;

import java.util.Objects;

/** A sentence in both languages ksa speaks. Catalog data must fill both. */
public record Text(String ko, String en) {

    public static Text of(String ko, String en) {
        return new Text(ko, en);
    }

    public static Text same(String both) {
        return new Text(both, both);
    }

    public String in(Lang lang) {
        String value = lang == Lang.KO ? ko : en;
        return value == null || value.isBlank() ? Objects.requireNonNullElse(lang == Lang.KO ? en : ko, "") : value;
    }

    public boolean complete() {
        return ko != null && !ko.isBlank() && en != null && !en.isBlank();
    }
}
