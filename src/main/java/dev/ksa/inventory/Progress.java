package dev.ksa.inventory;

/** Hears how a live read advances, so a shell can show a progress line on stderr. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (resource, objects, done) -> { };

    /** {@code objects} read so far of {@code resource} ({@code pods}); {@code done} when its last page came. */
    void listed(String resource, int objects, boolean done);
}
