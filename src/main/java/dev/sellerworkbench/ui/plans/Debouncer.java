package dev.sellerworkbench.ui.plans;

/// Runs an action once edits pause: each `schedule` restarts the wait. The editor saves drafts
/// through it; tests use [#manual()] and call [#flush()] when they want the save to happen.
public interface Debouncer {

    void schedule(Runnable action);

    /// Runs the waiting action now, if any.
    void flush();

    /// Drops the waiting action.
    void cancel();

    /// A debouncer that waits until [#flush()] is called.
    static Debouncer manual() {
        return new Debouncer() {
            private Runnable waiting;

            @Override
            public void schedule(Runnable action) {
                waiting = action;
            }

            @Override
            public void flush() {
                Runnable action = waiting;
                waiting = null;
                if (action != null) {
                    action.run();
                }
            }

            @Override
            public void cancel() {
                waiting = null;
            }
        };
    }
}
