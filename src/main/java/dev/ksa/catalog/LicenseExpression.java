package dev.ksa.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SPDX license expression ({@code Apache-2.0}, {@code AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0},
 * {@code GPL-2.0-or-later AND LGPL-2.1-only}), parsed with the SPDX precedence (WITH over AND over OR).
 * A license policy denies a component when every way of taking it under OR uses a denied license.
 */
public sealed interface LicenseExpression {

    /** Whether the component can be used while avoiding every license in {@code denied}. */
    boolean allowedAvoiding(Collection<String> denied);

    /** Every license id the expression names. */
    Set<String> ids();

    record Id(String id, String exception) implements LicenseExpression {
        @Override
        public boolean allowedAvoiding(Collection<String> denied) {
            return denied.stream().noneMatch(d -> d.equalsIgnoreCase(id) || d.equalsIgnoreCase(stripOrLater(id)));
        }

        @Override
        public Set<String> ids() {
            return Set.of(id);
        }

        private static String stripOrLater(String id) {
            return id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
        }
    }

    record And(List<LicenseExpression> terms) implements LicenseExpression {
        @Override
        public boolean allowedAvoiding(Collection<String> denied) {
            return terms.stream().allMatch(t -> t.allowedAvoiding(denied));
        }

        @Override
        public Set<String> ids() {
            Set<String> ids = new HashSet<>();
            terms.forEach(t -> ids.addAll(t.ids()));
            return ids;
        }
    }

    record Or(List<LicenseExpression> terms) implements LicenseExpression {
        @Override
        public boolean allowedAvoiding(Collection<String> denied) {
            return terms.stream().anyMatch(t -> t.allowedAvoiding(denied));
        }

        @Override
        public Set<String> ids() {
            Set<String> ids = new HashSet<>();
            terms.forEach(t -> ids.addAll(t.ids()));
            return ids;
        }
    }

    /**
     * Parses and checks every id against the SPDX License List ({@link SpdxLicenseList}); ids are kept as the
     * list normalizes them (a deprecated {@code GPL-2.0} is {@code GPL-2.0-only}). Throws IllegalArgumentException.
     */
    public static LicenseExpression parse(String expression) {
        return new Parser(expression).parse();
    }

    final class Parser {
        private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.+\\-:]+)");
        private final String text;
        private final List<String> tokens = new ArrayList<>();
        private int position;

        Parser(String text) {
            this.text = text == null ? "" : text;
            Matcher m = TOKEN.matcher(this.text);
            int end = 0;
            while (m.find() && m.start() == end) {
                tokens.add(m.group(1));
                end = m.end();
            }
            if (!this.text.substring(end).isBlank()) {
                throw new IllegalArgumentException("not an SPDX expression: '" + text + "'");
            }
        }

        LicenseExpression parse() {
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("empty license expression");
            }
            LicenseExpression e = or();
            if (position != tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(position) + "' in license '" + text + "'");
            }
            return e;
        }

        private LicenseExpression or() {
            List<LicenseExpression> terms = new ArrayList<>(List.of(and()));
            while (accept("OR")) {
                terms.add(and());
            }
            return terms.size() == 1 ? terms.get(0) : new Or(terms);
        }

        private LicenseExpression and() {
            List<LicenseExpression> terms = new ArrayList<>(List.of(with()));
            while (accept("AND")) {
                terms.add(with());
            }
            return terms.size() == 1 ? terms.get(0) : new And(terms);
        }

        private LicenseExpression with() {
            if (accept("(")) {
                LicenseExpression inner = or();
                if (!accept(")")) {
                    throw new IllegalArgumentException("missing ')' in license '" + text + "'");
                }
                return inner;
            }
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("license '" + text + "' ends too early");
            }
            String written = tokens.get(position++);
            SpdxLicenseList list = SpdxLicenseList.get();
            String id = list.normalize(written).map(SpdxLicenseList.Normalized::id).orElseThrow(() -> new IllegalArgumentException(
                    "'" + written + "' is not an SPDX license id (license '" + text + "')"
                            + list.suggest(written).map(s -> ". Did you mean '" + s + "'?").orElse("")));
            String exception = null;
            if (accept("WITH")) {
                String writtenException = position < tokens.size() ? tokens.get(position++) : "";
                exception = list.exception(writtenException).map(SpdxLicenseList.Entry::id).orElseThrow(() -> new IllegalArgumentException(
                        "'" + writtenException + "' is not an SPDX exception id (license '" + text + "')"));
            }
            return new Id(id, exception);
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }
    }
}
