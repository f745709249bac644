package dev.sellerworkbench.ui.common;

import java.util.function.Consumer;

/// A piece of database or file work with what to do on the FX thread when it ends:
/// `BackgroundTask.of(title, work).onSuccess(…).onFailure(…).runWith(runner)`.
public final class BackgroundTask<T> {

    private final String title;
    private final BackgroundWork<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, BackgroundWork<T> work) {
        this.title = title;
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(String title, BackgroundWork<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    public TaskRunner.Handle runWith(TaskRunner runner) {
        return runner.run(this);
    }

    String title() {
        return title;
    }

    BackgroundWork<T> work() {
        return work;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }
}
