package dev.sellerworkbench.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// The columns of a file and the workbench field each one feeds. Header names are matched after
/// trimming (real Seller Center exports carry trailing spaces), case folding and collapsing
/// inner whitespace, against each field's accepted names (English and Vietnamese).
final class Columns {

    private final List<String> sourceNames;
    private final String[] fieldOfColumn;
    private final Map<String, Integer> columnOfField = new HashMap<>();
    private final List<int[]> duplicates = new ArrayList<>();

    private Columns(List<String> sourceNames, String[] fieldOfColumn) {
        this.sourceNames = List.copyOf(sourceNames);
        this.fieldOfColumn = fieldOfColumn;
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] != null) {
                columnOfField.putIfAbsent(fieldOfColumn[i], i);
            }
        }
    }

    /// Maps a header row; `aliases` gives, per field, the header names that feed it.
    static Columns resolve(List<String> header, Map<String, List<String>> aliases) {
        Map<String, String> byAlias = new HashMap<>();
        aliases.forEach((field, names) -> names.forEach(n -> byAlias.put(normalize(n), field)));
        String[] fields = new String[header.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
            names.add(name);
            fields[i] = byAlias.get(normalize(name));
        }
        Columns columns = new Columns(names, fields);
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                continue;
            }
            String key = fields[i] != null ? "f:" + fields[i] : "n:" + normalize(names.get(i));
            Integer first = firstByKey.putIfAbsent(key, i);
            if (first != null) {
                columns.duplicates.add(new int[] {first, i});
            }
        }
        return columns;
    }

    /// Header columns that repeat an earlier one (the same name, or another name for the same
    /// field), as pairs {first, repeat} of column indexes; only the first of each is read.
    List<int[]> duplicates() {
        return List.copyOf(duplicates);
    }

    /// Columns that are exactly the given fields, in order (for JSON, whose rows are flattened).
    static Columns ofFields(LinkedHashMap<String, String> sourceNameByField) {
        return new Columns(List.copyOf(sourceNameByField.values()), sourceNameByField.keySet().toArray(String[]::new));
    }

    static String normalize(String header) {
        String s = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFC)
                .replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ");
    }

    int size() {
        return sourceNames.size();
    }

    List<String> sourceNames() {
        return sourceNames;
    }

    String fieldOf(int column) {
        return fieldOfColumn[column];
    }

    boolean has(String field) {
        return columnOfField.containsKey(field);
    }

    int indexOf(String field) {
        Integer i = columnOfField.get(field);
        return i == null ? -1 : i;
    }

    /// The file's own name for a field (what the user sees in the rejected-rows list).
    String sourceName(String field) {
        Integer i = columnOfField.get(field);
        return i == null ? field : sourceNames.get(i);
    }
}
