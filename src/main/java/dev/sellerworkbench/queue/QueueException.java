package dev.sellerworkbench.queue;

/// A decision that could not be saved; nothing of it was written. `key` and `args` name the
/// reason for the interface's message bundles.
public class QueueException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public QueueException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
