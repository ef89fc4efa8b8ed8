package dev.ksa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.inventory.LiveResource;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress of a live read: one line redrawn in place on a terminal and wiped at the end; nothing in a log for a short read. */
class LiveProgressTest {
    @Test
    void onATerminal_oneLineIsRedrawnAndWiped() {
        StringWriter err = new StringWriter();
        LiveProgress progress = new LiveProgress(new PrintWriter(err, true), "prod", true);
        for (LiveResource r : LiveResource.NEEDED) {
            progress.listed(r.qualified(), 10, true);
        }
        progress.finish();
        String out = err.toString();
        assertThat(out).startsWith("\rksa: reading cluster 'prod': 1/" + LiveResource.NEEDED.size() + " lists, 10 objects")
                .contains(LiveResource.NEEDED.size() + "/" + LiveResource.NEEDED.size() + " lists, " + 10 * LiveResource.NEEDED.size() + " objects")
                .doesNotContain("\n").endsWith("\r");
    }

    @Test
    void inALog_aShortReadPrintsNothing() {
        StringWriter err = new StringWriter();
        LiveProgress progress = new LiveProgress(new PrintWriter(err, true), "prod", false);
        LiveResource.NEEDED.forEach(r -> progress.listed(r.qualified(), 3, true));
        progress.finish();
        assertThat(err.toString()).isEmpty();
    }
}
