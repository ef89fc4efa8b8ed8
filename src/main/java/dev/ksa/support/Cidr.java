package dev.ksa.support;

import java.util.Optional;

/**
 * An IPv4 block ({@code 10.244.0.0/16}; a single address is a {@code /32}), for the profile's
 * network checks and the provisioning files: containment, overlap, the address ranges MetalLB takes
 * ({@code a-b}), the smallest block around a set of addresses.
 */
public record Cidr(long base, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix " + prefix);
        }
        base = base & mask(prefix);
    }

    /** {@code 10.0.0.0/8}, or a bare address as {@code /32}; empty when it is neither. */
    public static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<Long> address = address(parts[0]);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int prefix = 32;
        if (parts.length == 2) {
            if (!parts[1].matches("[0-9]{1,2}") || Integer.parseInt(parts[1]) > 32) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(parts[1]);
        }
        return Optional.of(new Cidr(address.get(), prefix));
    }

    /** Whether {@code text} is a block written with its network address ({@code 10.244.0.0/16}, not {@code 10.244.1.0/16}). */
    public static boolean exact(String text) {
        Optional<Cidr> parsed = parse(text);
        return parsed.isPresent() && address(text.trim().split("/")[0]).orElse(-1L) == parsed.get().base();
    }

    /** An IPv4 address as an unsigned number; empty when it is not one. */
    public static Optional<Long> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] octets = text.trim().split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String octet : octets) {
            if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                return Optional.empty();
            }
            value = (value << 8) | Integer.parseInt(octet);
        }
        return Optional.of(value);
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }

    /** The smallest block holding every address, but never narrower than {@code /widest}: nodes of a /24 give that /24. */
    public static Cidr around(Iterable<Long> addresses, int widest) {
        Long first = null;
        int prefix = widest;
        for (long a : addresses) {
            if (first == null) {
                first = a;
            }
            while (prefix > 0 && (a & mask(prefix)) != (first & mask(prefix))) {
                prefix--;
            }
        }
        return new Cidr(first == null ? 0 : first, prefix);
    }

    public long first() {
        return base;
    }

    public long last() {
        return base | (~mask(prefix) & 0xFFFFFFFFL);
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean contains(long address) {
        return address >= first() && address <= last();
    }

    public boolean overlaps(long from, long to) {
        return from <= last() && to >= first();
    }

    public boolean overlaps(Cidr other) {
        return overlaps(other.first(), other.last());
    }

    /** The network or broadcast address of a block that has them (/30 and wider). */
    public boolean reserved(long address) {
        return prefix <= 30 && (address == first() || address == last());
    }

    @Override
    public String toString() {
        return format(base) + "/" + prefix;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    /** An address range {@code a-b} or a block; the first and last address, or empty when it is neither. */
    public static Optional<long[]> range(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.contains("-")) {
            String[] ends = text.split("-", 2);
            Optional<Long> from = address(ends[0]);
            Optional<Long> to = address(ends[1]);
            return from.isPresent() && to.isPresent() && from.get() <= to.get() ? Optional.of(new long[] {from.get(), to.get()}) : Optional.empty();
        }
        return parse(text).map(c -> new long[] {c.first(), c.last()});
    }
}
