package dev.ksa.catalog;

import java.util.List;

/**
 * Something a component fetches from the internet at run time (rules, plugins, vulnerability
 * databases, public resolvers), which an air-gapped site must switch off or mirror: in chart
 * {@code chart}, downloading while every {@code when} test holds on the merged values, unless every
 * {@code unless} test holds (it is mirrored). {@code what} says what is fetched, {@code fix} what to set.
 */
public record Download(String chart, List<ValueTest> when, List<ValueTest> unless, Text what, Text fix) {

    public Download {
        when = when == null ? List.of() : List.copyOf(when);
        unless = unless == null ? List.of() : List.copyOf(unless);
    }

    /**
     * A test of one value (a dotted path into the chart's values): equal to {@code is}, non-empty,
     * equal to (or, for a list, holding) any of {@code containsAny}, or (with {@code fromMirror}) naming the site's mirror
     * registry in every string it holds.
     */
    public record ValueTest(String value, Object is, Boolean nonEmpty, List<String> containsAny, Boolean fromMirror) {
        public ValueTest {
            containsAny = containsAny == null ? List.of() : List.copyOf(containsAny);
        }
    }
}
