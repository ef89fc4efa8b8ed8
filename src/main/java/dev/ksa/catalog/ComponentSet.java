package dev.ksa.catalog;

import java.util.List;

/** A named set of components from a source document, such as the week-one essentials of seed 003. */
public record ComponentSet(String id, Text name, String source, List<Item> items) {

    public ComponentSet {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public List<String> componentIds() {
        return items.stream().flatMap(i -> i.components().stream()).distinct().toList();
    }

    public record Item(Text topic, List<String> components, Text note) {
        public Item {
            components = components == null ? List.of() : List.copyOf(components);
        }
    }
}
