package dev.sellerworkbench.ui.insights;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// A ranking column in the column chooser: shown or not, in the chooser's order.
public final class ColumnChoice {

    private final RankingColumn column;
    private final BooleanProperty shown;

    ColumnChoice(RankingColumn column, boolean shown) {
        this.column = column;
        this.shown = new SimpleBooleanProperty(shown);
    }

    public RankingColumn column() {
        return column;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean shown() {
        return shown.get();
    }
}
