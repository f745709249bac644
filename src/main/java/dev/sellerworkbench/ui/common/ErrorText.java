package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.StoreErrors;
import dev.sellerworkbench.store.WorkspaceException;

/// What to tell the user about a failure: a full disk or a read-only folder in plain words, a
/// workspace problem as the store words it, anything else as an unexpected error.
public final class ErrorText {

    private ErrorText() {
    }

    /// `workspace` is the folder or team workspace URL the message names.
    public static String describe(Messages messages, Throwable error, Object workspace) {
        return StoreErrors.classify(error)
                .map(kind -> messages.get(kind.key(), String.valueOf(workspace)))
                .orElse(error instanceof WorkspaceException ? error.getMessage()
                        : messages.get("error.unexpected", String.valueOf(error.getMessage())));
    }
}
