package dev.sellerworkbench.samples;

/// A change to samples that could not be saved; nothing of it was written. `key` and `args` name
/// the reason for the interface's message bundles.
public class SampleException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public SampleException(String key, Object... args) {
        super(key + " " + java.util.Arrays.toString(args));
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
