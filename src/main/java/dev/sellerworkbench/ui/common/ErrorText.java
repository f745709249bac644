package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.StoreErrors;
import dev.sellerworkbench.store.WorkspaceException;
import java.nio.file.Path;

/// What to tell the user about a failure: a full disk or a read-only folder in plain words, a
/// workspace problem as the store words it, anything else as an unexpected error.
public final class ErrorText {

    private ErrorText() {
    }

    public static String describe(Messages messages, Throwable error, Path workspaceFolder) {
        return StoreErrors.classify(error)
                .map(kind -> messages.get(kind.key(), workspaceFolder))
                .orElse(error instanceof WorkspaceException ? error.getMessage()
                        : messages.get("error.unexpected", String.valueOf(error.getMessage())));
    }
}
