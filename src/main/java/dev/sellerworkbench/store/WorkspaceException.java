package dev.sellerworkbench.store;

/// A workspace could not be opened or used; the message is meant for the user.
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
