package dev.ksa.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A concern of the platform ({@code cni}, {@code traces}, ...). {@code feature} names the
 * profile feature that switches an optional category on (null: always planned);
 * {@code fallback} (one id or a list, in order of preference) is what is planned when an edition
 * names none for this category (for example from the week-one essentials): the first the standard
 * has not dropped; {@code layer} places it on the architecture map.
 */
public record Category(String id, Text name, String layer, String feature,
        @JsonProperty("fallback") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> fallbacks,
        int order, String capability) {

    public Category {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }
}
