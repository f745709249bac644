package dev.sellerworkbench.ui.plans;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/// A [Debouncer] on the FX timeline: the action runs on the FX thread `delay` after the last edit.
final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable waiting;

    FxDebouncer(Duration delay) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void schedule(Runnable action) {
        waiting = action;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        pause.stop();
        waiting = null;
    }
}
