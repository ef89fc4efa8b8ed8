package dev.ksa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.testing.Upstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editions and the week-one set against the facts of their texts: marks sit on ids the
 * edition can mark (a deleted id left the previous edition, an added or changed one is in this
 * one), every id an edition recommends or marks is named in its source text, and the GitHub stars
 * are exactly the numbers each text gives. The texts live in {@code ../shared/seeds} and
 * {@code ../shared/editions} (the {@code source} of each edition file); the tests that read them
 * skip locally when they are not there.
 */
class EditionFactsTest {
    private static final Pattern HEADER_LINK = Pattern.compile("\\[[^\\]]*\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern STARS = Pattern.compile("깃허브스타:?\\s*([0-9]+(?:\\.[0-9]+)?k?)\\b");

    private final Catalog catalog = Catalog.load();

    @Test
    void marks_sitOnIdsTheEditionCanMark() {
        List<String> problems = new ArrayList<>();
        List<Edition> editions = catalog.editions().stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        for (int i = 0; i < editions.size(); i++) {
            Edition e = editions.get(i);
            Optional<Edition> previous = i == 0 ? Optional.empty() : Optional.of(editions.get(i - 1));
            for (Mark m : e.marks()) {
                boolean here = e.recommends(m.id());
                boolean before = previous.map(p -> p.recommends(m.id())).orElse(false);
                switch (m.mark()) {
                    case DELETED -> {
                        if (here) {
                            problems.add(e.id() + ": " + m.id() + " is marked deleted but still recommended");
                        }
                        if (previous.isPresent() && !before) {
                            problems.add(e.id() + ": " + m.id() + " is marked deleted but " + previous.get().id() + " did not recommend it");
                        }
                    }
                    case ADDED, CHANGED -> {
                        if (!here) {
                            problems.add(e.id() + ": " + m.id() + " is marked " + m.mark().id() + " but not recommended");
                        }
                        if (before) {
                            problems.add(e.id() + ": " + m.id() + " is marked " + m.mark().id() + " but " + previous.get().id()
                                    + " already recommended it");
                        }
                    }
                    case CAUTION -> {
                        if (!here) {
                            problems.add(e.id() + ": " + m.id() + " is marked caution but not recommended");
                        }
                    }
                }
            }
            long distinct = e.marks().stream().map(m -> m.id() + ":" + m.mark().id()).distinct().count();
            if (distinct != e.marks().size()) {
                problems.add(e.id() + ": a mark is listed twice");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void changedMarks_replaceWhatThePreviousEditionHadInTheSameCategory() {
        List<String> problems = new ArrayList<>();
        List<Edition> editions = catalog.editions().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        for (int i = 1; i < editions.size(); i++) {
            Edition e = editions.get(i);
            Edition previous = editions.get(i - 1);
            e.marks().stream().filter(m -> m.mark() == Mark.Kind.CHANGED).forEach(m -> {
                String category = catalog.component(m.id()).category();
                boolean hadOther = previous.category(category).map(c -> c.components().stream().anyMatch(id -> !id.equals(m.id())))
                        .orElse(false);
                if (!hadOther) {
                    problems.add(e.id() + ": " + m.id() + " is marked changed but " + previous.id() + " had nothing else in " + category);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyIdAnEditionRecommendsOrMarks_isNamedInItsText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Edition e : catalog.editions()) {
            String text = normalized(source(e.source()));
            Set<String> ids = new java.util.LinkedHashSet<>(e.componentIds());
            e.marks().forEach(m -> ids.add(m.id()));
            ids.stream().filter(id -> !named(text, catalog.component(id)))
                    .forEach(id -> missing.add(e.id() + " (" + e.source() + "): " + id));
        }
        for (ComponentSet set : catalog.sets()) {
            String text = normalized(source(set.source()));
            set.componentIds().stream().filter(id -> !named(text, catalog.component(id)))
                    .forEach(id -> missing.add(set.id() + " (" + set.source() + "): " + id));
        }
        assertThat(missing).as("ids whose project the source text never names").isEmpty();
    }

    @Test
    void stars_areExactlyTheNumbersEachEditionTextGives() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> editionIds = new java.util.HashSet<>();
        catalog.editions().forEach(e -> editionIds.add(e.id()));
        catalog.components().forEach(c -> c.stars().keySet().stream().filter(k -> !editionIds.contains(k))
                .forEach(k -> problems.add(c.id() + ": stars for unknown edition " + k)));
        for (Edition e : catalog.editions()) {
            Map<String, String> fromText = starsInText(e, source(e.source()), problems);
            for (Component c : catalog.components()) {
                String recorded = c.stars().get(e.id());
                String given = fromText.get(c.id());
                if (recorded != null && !recorded.equals(given)) {
                    problems.add(e.id() + ": " + c.id() + " has stars " + recorded + " but the text gives " + (given == null ? "none" : given));
                } else if (recorded == null && given != null) {
                    problems.add(e.id() + ": " + c.id() + " lacks the stars " + given + " the text gives");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Header lines ({@code **[Name](repo) ..., 깃허브스타: 6.1k, ...}); Rook + Ceph share one line. */
    private Map<String, String> starsInText(Edition e, String text, List<String> problems) {
        Map<String, String> stars = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("**[")) {
                continue;
            }
            for (String segment : line.split("\\+ (?=\\[)")) {
                Matcher link = HEADER_LINK.matcher(segment);
                Matcher count = STARS.matcher(segment);
                if (!link.find() || !count.find()) {
                    continue;
                }
                String url = trimmed(link.group(1));
                List<Component> byRepo = catalog.components().stream().filter(c -> trimmed(c.repo()).equals(url)).toList();
                if (byRepo.size() > 1) {
                    byRepo = byRepo.stream().filter(c -> e.recommends(c.id()) || !e.marksOf(c.id()).isEmpty()).toList();
                }
                if (byRepo.size() != 1) {
                    problems.add(e.id() + ": no single component has the repository " + url + " the text links");
                    continue;
                }
                stars.put(byRepo.get(0).id(), count.group(1));
            }
        }
        return stars;
    }

    private static boolean named(String text, Component c) {
        List<String> names = new ArrayList<>(List.of(c.id(), c.name(), c.name().replace(" ", "")));
        if (c.nameKo() != null) {
            names.add(c.nameKo());
        }
        names.add(c.repo().substring(c.repo().lastIndexOf('/') + 1));
        return names.stream().map(EditionFactsTest::normalized).anyMatch(text::contains);
    }

    private static String normalized(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return u.toLowerCase(Locale.ROOT);
    }

    /** An edition's {@code source} is relative to {@code ../shared}, beside {@code ../shared/upstream}. */
    private static String source(String relative) throws IOException {
        Path file = Upstream.require("../" + relative);
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
