package dev.ksa.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One yearly edition of the standard architecture, as {@code catalog/editions/<year>.yaml} records it. {@code source} is the
 * text the data was read from (tests check the data against it); {@code reference} is where a reader finds the edition.
 */
public record Edition(String id, Text title, String source, String reference, String published, List<EditionCategory> categories, List<Mark> marks) {

    public Edition {
        categories = categories == null ? List.of() : List.copyOf(categories);
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** Every component the edition recommends, in the order of its text. */
    public Set<String> componentIds() {
        Set<String> ids = new LinkedHashSet<>();
        categories.forEach(c -> ids.addAll(c.components()));
        return ids;
    }

    public Optional<EditionCategory> category(String categoryId) {
        return categories.stream().filter(c -> c.category().equals(categoryId)).findFirst();
    }

    public boolean recommends(String componentId) {
        return componentIds().contains(componentId);
    }

    public List<Mark> marksOf(String componentId) {
        return marks.stream().filter(m -> m.id().equals(componentId)).toList();
    }
}
