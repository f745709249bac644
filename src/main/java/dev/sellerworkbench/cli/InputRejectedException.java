package dev.sellerworkbench.cli;

/// Bad input on the command line or in a file: the command wrote nothing and exits with 2.
public class InputRejectedException extends RuntimeException {

    public InputRejectedException(String message) {
        super(message);
    }
}
