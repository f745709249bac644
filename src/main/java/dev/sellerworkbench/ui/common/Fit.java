package dev.sellerworkbench.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/// Nothing a user needs is cut off: buttons, boxes and one-line labels keep the width their text
/// needs, and every table column is as wide as its header and the rows shown. A column whose rows
/// need more than [#LONG_TEXT] (names, audiences, links) is long text: it may narrow when the
/// table is narrower than its content, and its cells then show their whole text in a tooltip.
/// A column the user resized keeps the width they gave it ([ColumnWidths]).
public final class Fit {

    /// Wider than this, a column's content is long text.
    public static final double LONG_TEXT = 260;
    /// The widest a long-text column starts.
    public static final double LONG_TEXT_MAX = 340;
    /// The narrowest a long-text column becomes.
    public static final double LONG_TEXT_MIN = 140;
    private static final String KEY = "sw.fit";
    /// The style class of a label declared long text: it may end in an ellipsis when a tooltip
    /// holds its whole text.
    public static final String LONG_TEXT_STYLE = "long-text";

    private Fit() {
    }

    /// Fits every table and keeps every one-line control at its text's width, under `root`; call
    /// again when new content is shown (a table already fitted is left as it is).
    public static void all(Node root) {
        if (root == null) {
            return;
        }
        visit(root);
    }

    private static void visit(Node node) {
        if (node instanceof TableView<?> table) {
            table(table);
            return;
        }
        if (node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>) {
            keepPrefWidth((Region) node);
        } else if (node instanceof ButtonBase || node instanceof CheckBox) {
            if (!((Labeled) node).isWrapText()) {
                keepPrefWidth((Region) node);
            }
        } else if (node instanceof Label label && !label.isWrapText() && label.getText() != null && !label.getText().isEmpty()
                && !label.textProperty().isBound()) {
            keepPrefWidth(label); // a caption: short, written once
        } else if (node instanceof Label label && label.textProperty().isBound() && !label.wrapTextProperty().isBound()
                && label.getProperties().putIfAbsent(KEY, Boolean.TRUE) == null) {
            // (a label whose wrapping a skin binds, such as a tab's header, is the skin's to wrap)
            // a message that changes (feedback, counts, a detected format): wraps when long
            label.setWrapText(true);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
    }

    private static void keepPrefWidth(Region region) {
        if (region.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /// Sizes `table`'s columns to their content whenever its rows change or it scrolls.
    public static void table(TableView<?> table) {
        if (table.getProperties().putIfAbsent(KEY, Boolean.TRUE) != null) {
            return;
        }
        boolean[] dirty = {true};
        Runnable mark = () -> dirty[0] = true;
        table.itemsProperty().addListener((o, was, now) -> {
            mark.run();
            if (now != null) {
                now.addListener((ListChangeListener<Object>) c -> mark.run());
            }
        });
        if (table.getItems() != null) {
            table.getItems().addListener((ListChangeListener<Object>) c -> mark.run());
        }
        table.getColumns().addListener((ListChangeListener<Object>) c -> mark.run());
        table.addEventHandler(ScrollEvent.ANY, e -> mark.run());
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> mark.run());
        Runnable measure = () -> {
            if (dirty[0] && table.getScene() != null && table.isVisible()) {
                dirty[0] = false;
                measure(table);
            }
        };
        table.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(measure);
            }
            if (now != null) {
                mark.run();
                now.addPostLayoutPulseListener(measure);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPostLayoutPulseListener(measure);
        }
        for (TableColumn<?, ?> column : table.getColumns()) {
            tooltips(column);
        }
        ColumnWidths.attach(table); // the widths the user gave its columns before, if remembered
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Fit::tooltips);
            }
        });
    }

    /// Sets each leaf column's widths from the header and the cells now shown.
    private static void measure(TableView<?> table) {
        java.util.Map<TableColumnBase<?, ?>, Double> needed = new java.util.HashMap<>();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof javafx.scene.control.skin.TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()) {
                double width = header.prefWidth(-1);
                for (Node child : header.getChildrenUnmodifiable()) {
                    if (child instanceof Label label) {
                        width = Math.max(width, label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                                + 4);
                    }
                }
                needed.merge(header.getTableColumn(), width, Math::max);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null && cell.isVisible()
                    && !cell.isEmpty()) {
                needed.merge(cell.getTableColumn(), contentWidth(cell), Math::max);
            }
        }
        for (var entry : needed.entrySet()) {
            TableColumnBase<?, ?> column = entry.getKey();
            if (column instanceof TableColumn<?, ?> c && ColumnWidths.userSized(c)) {
                continue; // the user chose its width
            }
            double width = Math.ceil(entry.getValue());
            Double before = (Double) column.getProperties().get(KEY);
            if (before != null && before >= width) {
                continue; // only grows: scrolling back does not make columns jump
            }
            column.getProperties().put(KEY, width);
            boolean longText = width > LONG_TEXT;
            if (longText && !column.getStyleClass().contains(LONG_TEXT_STYLE)) {
                column.getStyleClass().add(LONG_TEXT_STYLE);
            }
            column.setMinWidth(longText ? LONG_TEXT_MIN : width);
            column.setPrefWidth(longText ? Math.min(width, LONG_TEXT_MAX) : width);
        }
    }

    /// The width a cell needs to show its text and graphic whole (a table cell's own preferred
    /// width is its column's).
    private static double contentWidth(javafx.scene.control.TableCell<?, ?> cell) {
        cell.applyCss(); // a badge restyled for its row measures with its new padding
        double width = cell.snappedLeftInset() + cell.snappedRightInset() + 4; // room for sub-pixel text widths
        String text = cell.getText();
        boolean hasText = text != null && !text.isEmpty();
        if (hasText) {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
            measure.setFont(cell.getFont());
            width += Math.ceil(measure.getLayoutBounds().getWidth());
        }
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.isManaged() && graphic.isVisible()) {
            graphic.applyCss();
            width += graphic.prefWidth(-1) + (hasText ? cell.getGraphicTextGap() : 0);
        }
        return width;
    }

    /// A cell whose text is cut off shows it whole in a tooltip.
    private static void tooltips(TableColumn<?, ?> column) {
        column.getColumns().forEach(Fit::tooltips);
        if (column.getProperties().putIfAbsent(KEY + ".tip", Boolean.TRUE) != null) {
            return;
        }
        wrap(column);
        column.cellFactoryProperty().addListener((o, was, now) -> {
            if (!((Object) now instanceof WithTooltips<?, ?>)) {
                wrap(column);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void wrap(TableColumn column) {
        if (!(column.getCellFactory() instanceof WithTooltips)) {
            column.setCellFactory(new WithTooltips(column.getCellFactory()));
        }
    }

    private record WithTooltips<S, T>(javafx.util.Callback<TableColumn<S, T>, javafx.scene.control.TableCell<S, T>> original)
            implements javafx.util.Callback<TableColumn<S, T>, javafx.scene.control.TableCell<S, T>> {

        @Override
        public javafx.scene.control.TableCell<S, T> call(TableColumn<S, T> column) {
            javafx.scene.control.TableCell<S, T> cell = original.call(column);
            Tooltip tip = new Tooltip();
            cell.textProperty().addListener((o, was, now) -> {
                if (cell.getTooltip() != null && cell.getTooltip() != tip) {
                    return; // the column shows a tooltip of its own
                }
                tip.setText(now);
                cell.setTooltip(now == null || now.isEmpty() ? null : tip);
            });
            return cell;
        }
    }

    private static boolean watching;

    /// Fits the content of every window of the application, dialogs included, after each layout.
    public static void everyWindow() {
        if (watching) {
            return;
        }
        watching = true;
        javafx.stage.Window.getWindows().forEach(Fit::window);
        javafx.stage.Window.getWindows().addListener((ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Fit::window);
            }
        });
    }

    private static void window(javafx.stage.Window window) {
        if (window.getScene() != null) {
            scene(window.getScene());
        }
        window.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                scene(now);
            }
        });
    }

    private static void scene(Scene scene) {
        if (scene.getProperties().putIfAbsent(KEY, Boolean.TRUE) == null) {
            scene.addPostLayoutPulseListener(() -> all(scene.getRoot()));
        }
    }
}
