package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelBadge;
import dev.sellerworkbench.level.LevelTexts;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/// The reusable level badge (R-LV-3, R-LV-4): coloured by level, solid when official, dashed
/// when projected, with the declining arrow and a tooltip that says which it is.
public final class LevelBadges {

    private LevelBadges() {
    }

    public static Label label(Level level, Messages messages) {
        Label label = new Label();
        apply(label, badge(level, messages));
        return label;
    }

    public static LevelBadge badge(Level level, Messages messages) {
        // shipped thresholds are editable defaults until a seller loads their own profile
        return LevelBadge.of(level, new LevelTexts(messages), level != null && level.kind() == LevelKind.PROJECTED);
    }

    static void apply(Label label, LevelBadge badge) {
        label.setText(badge.text());
        label.getStyleClass().removeIf(c -> c.startsWith("level-"));
        for (String style : badge.styleClasses().split(" ")) {
            label.getStyleClass().add(style);
        }
        label.setStyle("-fx-background-color: " + (badge.kind() == LevelKind.OFFICIAL ? badge.colour() : "transparent")
                + "; -fx-border-color: " + badge.colour() + "; -fx-text-fill: "
                + (badge.kind() == LevelKind.OFFICIAL ? "white" : badge.colour()) + ";");
        label.setTooltip(new Tooltip(badge.tooltip()));
    }

    /// A table column whose cells show `level` of each row as a badge.
    public static <R> void column(TableColumn<R, String> column, Function<R, Level> level, Messages messages) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                R row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    apply(badge, badge(level.apply(row), messages));
                    setGraphic(badge);
                    setText(null);
                }
            }
        });
    }
}
