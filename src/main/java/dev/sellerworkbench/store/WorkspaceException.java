package dev.sellerworkbench.store;

/// A workspace could not be opened or used. The message is English, for the log and the command
/// line; the window shows [#key] with [#args] from the bundles in the user's language, so the
/// details of the cause (often the system's own English) stay in the log.
public class WorkspaceException extends RuntimeException {

    /// The key shown for a workspace failure that names no more precise one.
    public static final String GENERIC_KEY = "store.workspace.failed";

    private final String key;
    private final Object[] args;

    public WorkspaceException(String message, Throwable cause) {
        this(message, cause, GENERIC_KEY);
    }

    /// `key` is a message key of the `messages` bundle family, `args` its arguments (paths,
    /// addresses: nothing in English).
    public WorkspaceException(String message, Throwable cause, String key, Object... args) {
        super(message, cause);
        this.key = key == null ? GENERIC_KEY : key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /// The message key of the sentence the window shows.
    public String key() {
        return key;
    }

    /// The arguments of [#key].
    public Object[] args() {
        return args.clone();
    }
}
