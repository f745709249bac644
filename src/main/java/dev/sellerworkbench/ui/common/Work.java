package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.domain.Progress;

/// Work to run off the FX thread; it reports progress and checks for cancellation through `progress`.
@FunctionalInterface
public interface Work<T> {
    T call(Progress progress) throws Exception;
}
