package dev.ksa.cli;

import dev.ksa.inventory.LiveResource;
import dev.ksa.inventory.Progress;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Shows a live read on stderr while the lists run in parallel. On a terminal one line is redrawn
 * in place ({@code reading cluster 'prod': 7/19 lists, 1234 objects}) and wiped at the end; in a
 * log (CI, a pipe) a line is written only once the read takes longer than two seconds, at most
 * one a second, so short reads print nothing.
 */
final class LiveProgress implements Progress {
    private final PrintWriter err;
    private final String context;
    private final boolean terminal;
    private final int lists = LiveResource.NEEDED.size();
    private final long start = System.nanoTime();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> done = new HashSet<>();
    private long last;
    private int drawn;

    LiveProgress(PrintWriter err, String context, boolean terminal) {
        this.err = err;
        this.context = context;
        this.terminal = terminal;
    }

    @Override
    public synchronized void listed(String resource, int objects, boolean finished) {
        counts.put(resource, objects);
        if (finished) {
            done.add(resource);
        }
        long now = System.nanoTime();
        if (terminal) {
            if (now - last > 100_000_000L || done.size() == lists) {
                String line = line();
                err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
                err.flush();
                drawn = line.length();
                last = now;
            }
        } else if (now - start > 2_000_000_000L && (finished || now - last > 1_000_000_000L)) {
            err.println("ksa: " + line().substring(5) + " (" + resource + ")");
            err.flush();
            last = now;
        }
    }

    private String line() {
        int objects = counts.values().stream().mapToInt(Integer::intValue).sum();
        return "ksa: reading cluster '" + context + "': " + done.size() + "/" + lists + " lists, " + objects + " objects";
    }

    /** Wipes the terminal line, so the report starts on a clean screen. */
    synchronized void finish() {
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }
}
