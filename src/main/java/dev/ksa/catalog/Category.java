package dev.ksa.catalog;

/**
 * A concern of the platform ({@code cni}, {@code traces}, ...). {@code feature} names the
 * profile feature that switches an optional category on (null: always planned);
 * {@code fallback} is the component planned when an edition names none for this category
 * (for example from the week-one essentials); {@code layer} places it on the architecture map.
 */
public record Category(String id, Text name, String layer, String feature, String fallback, int order, String capability) {}
