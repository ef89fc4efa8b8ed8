package dev.ksa.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Inventories stream: the first object of a large List reaches the sink while most of the input
 * is still unread, for YAML and JSON alike. The full-size run is a benchmark ({@code -Dksa.bench=true}).
 */
class StreamingTest {
    static final int ITEMS = 20_000;

    /** Counts what has been read so far. */
    static final class Counting extends FilterInputStream {
        long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    static InputStream list(boolean json, int items) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(bytes(json ? "{\"apiVersion\": \"v1\", \"items\": [\n" : "apiVersion: v1\nitems:\n"));
        for (int i = 0; i < items; i++) {
            String item = json
                    ? (i > 0 ? "," : "") + "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"cm-" + i
                            + "\", \"namespace\": \"ns-" + (i % 50) + "\", \"labels\": {\"app\": \"a" + (i % 7) + "\"}}, \"data\": {\"k\": \"v\"}}\n"
                    : "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: cm-" + i + "\n    namespace: ns-" + (i % 50)
                            + "\n    labels: {app: a" + (i % 7) + "}\n  data: {k: v}\n";
            parts.add(bytes(item));
        }
        parts.add(bytes(json ? "], \"kind\": \"List\"}\n" : "kind: List\n"));
        Enumeration<InputStream> e = Collections.enumeration(parts);
        return new SequenceInputStream(e);
    }

    static InputStream bytes(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void yamlList_firstObjectArrivesBeforeTheInputIsRead() {
        Counting in = new Counting(list(false, ITEMS));
        long[] atFirst = {-1};
        int[] count = {0};
        YamlObjectReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "big.yaml", (node, line) -> {
            if (count[0]++ == 0) {
                atFirst[0] = in.read;
            }
        });
        assertThat(count[0]).isEqualTo(ITEMS);
        assertThat(atFirst[0]).isLessThan(in.read / 10);
    }

    @Test
    void jsonList_firstObjectArrivesBeforeTheInputIsRead() {
        Counting in = new Counting(list(true, ITEMS));
        long[] atFirst = {-1};
        int[] count = {0};
        JsonObjectReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "big.json", (node, line) -> {
            if (count[0]++ == 0) {
                atFirst[0] = in.read;
            }
        });
        assertThat(count[0]).isEqualTo(ITEMS);
        assertThat(atFirst[0]).isLessThan(in.read / 10);
    }

    @Test
    @EnabledIfSystemProperty(named = "ksa.bench", matches = "true")
    void benchmark_500kObjects() {
        long start = System.nanoTime();
        Inventory inventory = new FileInventoryReader(list(false, 500_000)).read(List.of("-"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        System.out.printf("read %d objects in %d ms; heap in use after GC %d MB%n", inventory.objects().size(), ms,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        assertThat(inventory.objects()).hasSize(500_000);
    }
}
