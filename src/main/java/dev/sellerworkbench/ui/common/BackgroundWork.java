package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.progress.Progress;

/// BackgroundWork to run off the FX thread; it reports progress and checks for cancellation through `progress`.
@FunctionalInterface
public interface BackgroundWork<T> {
    T call(Progress progress) throws Exception;
}
