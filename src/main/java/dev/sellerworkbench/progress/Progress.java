package dev.sellerworkbench.progress;

/// How long work reports how far it got and learns that the user cancelled it.
/// Implementations must be cheap and thread-safe: work calls them from background threads.
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean cancelled();

    /// Throws [CancelledException] when the user cancelled; long loops call it between batches.
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }

    /// Thrown out of work the user cancelled; the work's transaction rolls back.
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("Cancelled");
        }
    }
}
