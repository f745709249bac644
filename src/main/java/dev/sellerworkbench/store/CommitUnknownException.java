package dev.sellerworkbench.store;

/// The connection to a team workspace's server was lost while a commit was on its way: the
/// server may have saved the work or not, so it is neither retried (it could be saved twice) nor
/// reported as refused. The user reloads to see which.
public final class CommitUnknownException extends StoreException {

    public CommitUnknownException(Throwable cause) {
        super("The connection was lost while the work was being committed; it may or may not have been saved", cause);
    }
}
