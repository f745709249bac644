package dev.sellerworkbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/// What a [ConflictBar] shows and does when a colleague saved first: the sentence naming who changed
/// what (empty while there is no conflict), reload (drop this user's edit and show theirs) and
/// reapply (save this user's edit again on top of theirs).
public interface ConflictModel {

    ReadOnlyStringProperty conflictProperty();

    void reloadAfterConflict();

    void reapplyAfterConflict();

    /// Whether reapplying is possible now (an edit that no longer validates cannot be reapplied).
    default ObservableBooleanValue reapplyAllowed() {
        return new SimpleBooleanProperty(true);
    }
}
