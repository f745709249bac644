package dev.sellerworkbench.exchange;

/// Thrown by a row parser: the row is left out for `field` (a workbench field name, translated to
/// the file's column name when reported) with a message key of the `exchange` bundle.
final class RowRejectedException extends RuntimeException {

    final String field;
    final String key;
    final transient Object[] args;

    RowRejectedException(String field, String key, Object... args) {
        super(key, null, false, false);
        this.field = field;
        this.key = key;
        this.args = args;
    }
}
