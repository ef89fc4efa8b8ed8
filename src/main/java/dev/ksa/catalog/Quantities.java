package dev.ksa.catalog;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subset of Kubernetes resource quantities ksa reads: cpu cores and memory sizes. */
public final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)([a-zA-Z]*)$");

    private Quantities() {}

    public static long millicores(String quantity) {
        Matcher m = match(quantity);
        BigDecimal number = new BigDecimal(m.group(1));
        return switch (m.group(2)) {
            case "m" -> number.longValue();
            case "" -> number.multiply(BigDecimal.valueOf(1000)).longValue();
            default -> throw new IllegalArgumentException("not a cpu quantity: '" + quantity + "' (use 250m or 2)");
        };
    }

    public static long mebibytes(String quantity) {
        Matcher m = match(quantity);
        BigDecimal number = new BigDecimal(m.group(1));
        BigDecimal bytes = switch (m.group(2)) {
            case "Ki" -> number.multiply(BigDecimal.valueOf(1024));
            case "Mi" -> number.multiply(BigDecimal.valueOf(1024L * 1024));
            case "Gi" -> number.multiply(BigDecimal.valueOf(1024L * 1024 * 1024));
            case "Ti" -> number.multiply(BigDecimal.valueOf(1024L * 1024 * 1024 * 1024));
            case "K", "k" -> number.multiply(BigDecimal.valueOf(1000));
            case "M" -> number.multiply(BigDecimal.valueOf(1000L * 1000));
            case "G" -> number.multiply(BigDecimal.valueOf(1000L * 1000 * 1000));
            case "" -> number;
            default -> throw new IllegalArgumentException("not a memory quantity: '" + quantity + "' (use 512Mi or 2Gi)");
        };
        return bytes.divide(BigDecimal.valueOf(1024L * 1024), java.math.RoundingMode.CEILING).longValue();
    }

    private static Matcher match(String quantity) {
        Matcher m = QUANTITY.matcher(quantity == null ? "" : quantity.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quantity: '" + quantity + "'");
        }
        return m;
    }
}
