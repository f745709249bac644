package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.ui.Preferences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;

/// Column widths and order the user chose, remembered across starts: when the user drags a
/// column's edge (or moves a column) in any table under a window that remembers them, the widths
/// of the columns they resized and the order are kept in the window's [Preferences], per table;
/// the next time the table is shown they are put back. [Fit] sizes only the columns the user never
/// resized.
///
/// A table is known by the ids of the nodes from its screen (or the window) down to it
/// (`plansScreen.listPane.table`), a
/// column by its id; tables and columns without an id are not remembered. Preferences hold the
/// values in memory and write them to disk on their own thread, so nothing here touches files.
public final class ColumnWidths {

    /// The property of a window's root that holds its preferences.
    private static final String HOLDER = "sw.columnWidths";
    /// The property of a column the user resized (its width is theirs: not fitted).
    static final String USER_SIZED = "sw.columnWidths.user";
    /// The longest table key kept (the preferences allow 80 characters for a key).
    private static final int KEY_MAX = 60;

    private ColumnWidths() {
    }

    /// Tables under `root` remember their column widths and order in `preferences`.
    public static void rememberIn(Parent root, Preferences preferences) {
        root.getProperties().put(HOLDER, preferences);
    }

    /// Whether the user gave `column` its width (then it is not fitted to its content).
    static boolean userSized(TableColumn<?, ?> column) {
        return column.getProperties().containsKey(USER_SIZED);
    }

    /// Puts back what was remembered for `table` and watches for the user's resizing; nothing when
    /// the table has no id or is not under a window that remembers. Called once per table, when it
    /// is first shown.
    static void attach(TableView<?> table) {
        Preferences preferences = null;
        List<String> ids = new ArrayList<>();
        boolean inScreen = false;
        for (Node node = table; node != null; node = node.getParent()) {
            if (node.getProperties().get(HOLDER) instanceof Preferences found) {
                preferences = found;
                break;
            }
            if (!inScreen && node.getId() != null && !node.getId().isBlank()) {
                ids.addFirst(node.getId());
                inScreen = node.getId().endsWith("Screen"); // the screen's id begins the key
            }
        }
        if (preferences == null || table.getId() == null || table.getId().isBlank()) {
            return;
        }
        String key = String.join(".", ids);
        if (key.length() > KEY_MAX) {
            key = key.substring(key.length() - KEY_MAX);
        }
        restore(table, preferences, key);
        watch(table, preferences, key);
    }

    private static void restore(TableView<?> table, Preferences preferences, String key) {
        List<String> order = preferences.columnOrder(key);
        if (!order.isEmpty()) {
            reorder(table, order);
        }
        Map<String, Double> widths = preferences.columnWidths(key);
        for (TableColumn<?, ?> column : leaves(table)) {
            Double width = widths.get(column.getId());
            if (width != null) {
                column.getProperties().put(USER_SIZED, Boolean.TRUE);
                column.setPrefWidth(width);
            }
        }
    }

    /// Puts the columns named in `order` in that order, in the places they hold among the others.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void reorder(TableView table, List<String> order) {
        List<TableColumn<?, ?>> columns = new ArrayList<>(table.getColumns());
        List<Integer> places = new ArrayList<>();
        List<TableColumn<?, ?>> named = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (order.contains(columns.get(i).getId())) {
                places.add(i);
                named.add(columns.get(i));
            }
        }
        named.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c.getId())));
        for (int i = 0; i < places.size(); i++) {
            columns.set(places.get(i), named.get(i));
        }
        if (!columns.equals(table.getColumns())) {
            table.getColumns().setAll(columns);
        }
    }

    /// A drag in the header that changed widths or the order is the user's: what changed is kept.
    private static void watch(TableView<?> table, Preferences preferences, String key) {
        Map<TableColumn<?, ?>, Double> before = new HashMap<>();
        List<String> orderBefore = new ArrayList<>();
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            before.clear();
            orderBefore.clear();
            if (!inHeader(e.getTarget(), table)) {
                return; // a click in the rows: widths that change meanwhile are fitted, not the user's
            }
            leaves(table).forEach(c -> before.put(c, c.getWidth()));
            orderBefore.addAll(order(table));
        });
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            boolean changed = false;
            for (TableColumn<?, ?> column : leaves(table)) {
                Double was = before.get(column);
                if (was != null && Math.abs(was - column.getWidth()) >= 1 && column.getId() != null) {
                    column.getProperties().put(USER_SIZED, Boolean.TRUE);
                    changed = true;
                }
            }
            if (changed) {
                Map<String, Double> widths = new java.util.LinkedHashMap<>();
                for (TableColumn<?, ?> column : leaves(table)) {
                    if (userSized(column) && column.getId() != null) {
                        widths.put(column.getId(), Math.rint(column.getWidth()));
                    }
                }
                preferences.setColumnWidths(key, widths);
            }
            List<String> now = order(table);
            if (!orderBefore.isEmpty() && !now.equals(orderBefore)) {
                preferences.setColumnOrder(key, now);
            }
            before.clear();
        });
    }

    /// Whether `target` is in `table`'s header row (its column headers and their edges).
    private static boolean inHeader(Object target, TableView<?> table) {
        for (Node node = target instanceof Node n ? n : null; node != null && node != table; node = node.getParent()) {
            if (node instanceof javafx.scene.control.skin.TableHeaderRow) {
                return true;
            }
        }
        return false;
    }

    private static List<String> order(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getId).filter(id -> id != null && !id.isBlank()).toList();
    }

    /// The columns that show cells (a grouped column's children, not the group).
    private static List<TableColumn<?, ?>> leaves(TableView<?> table) {
        List<TableColumn<?, ?>> leaves = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            collect(column, leaves);
        }
        return leaves;
    }

    private static void collect(TableColumn<?, ?> column, List<TableColumn<?, ?>> into) {
        if (column.getColumns().isEmpty()) {
            into.add(column);
        } else {
            column.getColumns().forEach(c -> collect(c, into));
        }
    }
}
