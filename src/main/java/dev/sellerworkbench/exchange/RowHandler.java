package dev.sellerworkbench.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// How one kind of file becomes domain rows: which columns it has, how a row is validated into
/// an item, which key makes two rows the same, and how a batch is written (inside the import's
/// one transaction).
abstract class RowHandler<T> {

    /// A remark on a row that is imported all the same: the field and a message key of the
    /// `exchange` bundle with its arguments.
    record Warning(String field, String key, Object... args) {
    }

    private final List<Warning> warnings = new ArrayList<>();

    /// Notes a warning on the row being parsed; the importer reports it with the row's line when
    /// the row is accepted, and drops it when the row is rejected.
    final void warn(String field, String key, Object... args) {
        warnings.add(new Warning(field, key, args));
    }

    /// The warnings noted since the last call.
    final List<Warning> takeWarnings() {
        if (warnings.isEmpty()) {
            return List.of();
        }
        List<Warning> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }

    /// Per workbench field, the header names (any language) that feed it.
    abstract Map<String, List<String>> aliases();

    /// Fields the header must have; a file without them is rejected whole.
    abstract List<String> requiredColumns();

    /// Called once, inside the transaction, before the first row.
    void begin(Handle h) {
    }

    /// Validates one row; throws [RowRejectedException] to leave it out.
    abstract T parse(Row row, Handle h);

    /// Keys that must be unique within the file (a second row with any of them is a duplicate).
    abstract List<String> keys(T item);

    /// Writes a batch of accepted items, updating by key what is already there.
    abstract void write(Handle h, List<T> batch);

    /// The field reported when a duplicate is found.
    abstract String keyField();
}
