package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.StoreErrors;
import dev.sellerworkbench.store.WorkspaceException;

/// What to tell the user about a failure: a full disk or a read-only folder in plain words, a
/// workspace problem in the sentence its key names (in the user's language; the English message
/// stays in the log), anything else as an unexpected error.
public final class ErrorText {

    private ErrorText() {
    }

    /// `workspace` is the folder or team workspace URL the message names.
    public static String describe(Messages messages, Throwable error, Object workspace) {
        return StoreErrors.classify(error)
                .map(kind -> messages.get(kind.key(), String.valueOf(workspace)))
                .orElseGet(() -> error instanceof WorkspaceException w ? workspace(messages, w)
                        : messages.get("error.unexpected", String.valueOf(error.getMessage())));
    }

    /// A workspace failure in the user's language.
    public static String workspace(Messages messages, WorkspaceException error) {
        return messages.has(error.key()) ? messages.get(error.key(), error.args())
                : messages.get(WorkspaceException.GENERIC_KEY);
    }
}
