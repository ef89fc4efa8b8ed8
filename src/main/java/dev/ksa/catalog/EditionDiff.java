package dev.ksa.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changes from one edition to another: components added, removed and kept, replacements
 * (a component dropped and another added in the same category), and the marks the target
 * edition's own text makes.
 */
public record EditionDiff(
        String from, String to, List<String> added, List<String> removed, List<String> kept,
        List<Replacement> replaced, List<Mark> marks) {

    public record Replacement(String from, String to, String category) {}

    public static EditionDiff between(Catalog catalog, Edition from, Edition to) {
        Set<String> before = from.componentIds();
        Set<String> after = to.componentIds();
        List<String> added = after.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).sorted().toList();
        List<String> kept = after.stream().filter(before::contains).sorted().toList();
        List<Replacement> replaced = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        from.categories().forEach(c -> categories.add(c.category()));
        to.categories().forEach(c -> categories.add(c.category()));
        for (String category : categories) {
            List<String> gone = removed.stream().filter(id -> categoryOf(catalog, id).equals(category)).toList();
            List<String> come = added.stream().filter(id -> categoryOf(catalog, id).equals(category)).toList();
            // Pair them in order; a category that only lost or only gained has no replacement.
            for (int i = 0; i < Math.min(gone.size(), come.size()); i++) {
                replaced.add(new Replacement(gone.get(i), come.get(i), category));
            }
        }
        return new EditionDiff(from.id(), to.id(), added, removed, kept, List.copyOf(replaced), to.marks());
    }

    private static String categoryOf(Catalog catalog, String id) {
        return catalog.find(id).map(Component::category).orElse("");
    }
}
