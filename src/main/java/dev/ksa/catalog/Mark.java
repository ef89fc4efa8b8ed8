package dev.ksa.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A mark an edition's text puts on a component, with its reason as the text gives it. */
public record Mark(String id, Kind mark, Text reason) {

    public enum Kind {
        DELETED, CHANGED, ADDED, CAUTION;

        @JsonCreator
        public static Kind parse(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
