package dev.ksa.catalog;

import dev.ksa.support.Suggestions;
import dev.ksa.support.UserError;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded catalog: every component, category, edition and named set, looked up by id. */
public final class Catalog {
    private final SortedMap<String, Component> components;
    private final Map<String, Category> categories;
    private final SortedMap<String, Edition> editions;
    private final SortedMap<String, ComponentSet> sets;
    private final Map<String, Environment> environments;

    public Catalog(Collection<Component> components, Collection<Category> categories, Collection<Edition> editions,
            Collection<ComponentSet> sets) {
        this(components, categories, editions, sets, List.of());
    }

    public Catalog(Collection<Component> components, Collection<Category> categories, Collection<Edition> editions,
            Collection<ComponentSet> sets, Collection<Environment> environments) {
        this.components = index(components, Component::id);
        this.categories = categories.stream()
                .sorted(Comparator.comparingInt(Category::order).thenComparing(Category::id))
                .collect(Collectors.toMap(Category::id, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
        this.editions = index(editions, Edition::id);
        this.sets = index(sets, ComponentSet::id);
        this.environments = environments.stream()
                .collect(Collectors.toMap(Environment::id, e -> e, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static <T> SortedMap<String, T> index(Collection<T> items, Function<T, String> id) {
        SortedMap<String, T> map = new TreeMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }

    public static Catalog load() {
        return CatalogLoader.fromClasspath();
    }

    public Collection<Component> components() {
        return components.values();
    }

    public Optional<Component> find(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** The component, or a user error naming the closest id. */
    public Component component(String id) {
        Component c = components.get(id);
        if (c == null) {
            throw new UserError("unknown component '" + id + "'." + Suggestions.didYouMean(id, components.keySet())
                    + " (ksa catalog list)");
        }
        return c;
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    public Optional<Category> findCategory(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Category category(String id) {
        Category c = categories.get(id);
        if (c == null) {
            throw new UserError("unknown category '" + id + "'." + Suggestions.didYouMean(id, categories.keySet())
                    + " (ksa catalog list shows the categories)");
        }
        return c;
    }

    public Collection<Edition> editions() {
        return editions.values();
    }

    public Edition latestEdition() {
        return editions.get(editions.lastKey());
    }

    public Edition edition(String id) {
        Edition e = editions.get(id);
        if (e == null) {
            throw new UserError("unknown edition '" + id + "'." + Suggestions.didYouMean(id, editions.keySet())
                    + " Editions: " + String.join(", ", editions.keySet()) + " (ksa catalog editions)");
        }
        return e;
    }

    public Collection<Environment> environments() {
        return environments.values();
    }

    /** The environment, or a user error naming the closest id. */
    public Environment environment(String id) {
        Environment e = environments.get(id);
        if (e == null) {
            throw new UserError("unknown environment '" + id + "'." + Suggestions.didYouMean(id, environments.keySet())
                    + " Environments: " + String.join(", ", environments.keySet()));
        }
        return e;
    }

    public Collection<ComponentSet> sets() {
        return sets.values();
    }

    public Optional<ComponentSet> set(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    /** Editions whose text recommends the component, oldest first. */
    public List<String> editionsOf(String componentId) {
        return editions.values().stream().filter(e -> e.recommends(componentId)).map(Edition::id).toList();
    }

    /** Components that provide a capability, by id. */
    public List<Component> providersOf(String capability) {
        return components.values().stream().filter(c -> c.provides().contains(capability)).toList();
    }

    public List<Component> inCategory(String categoryId) {
        return components.values().stream().filter(c -> c.category().equals(categoryId)).toList();
    }
}
