package dev.sellerworkbench.store;

/// A database failure inside a repository, unchecked so that transactions can roll back through it.
public class StoreException extends RuntimeException {

    public StoreException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
