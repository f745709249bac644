package dev.sellerworkbench.ui.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// Undo and redo over whole editor states: simple to get right, and a plan is small. The editor
/// records a state when edits pause, so a burst of typing undoes as one step.
final class EditHistory<T> {

    private static final int LIMIT = 200;

    private final List<T> states = new ArrayList<>();
    private int index = -1;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    void reset(T state) {
        states.clear();
        states.add(state);
        index = 0;
        update();
    }

    /// Records `state` unless it equals the current one; drops whatever could have been redone.
    void record(T state) {
        if (index >= 0 && states.get(index).equals(state)) {
            return;
        }
        while (states.size() > index + 1) {
            states.removeLast();
        }
        states.add(state);
        if (states.size() > LIMIT) {
            states.removeFirst();
        }
        index = states.size() - 1;
        update();
    }

    Optional<T> undo() {
        if (index <= 0) {
            return Optional.empty();
        }
        index--;
        update();
        return Optional.of(states.get(index));
    }

    Optional<T> redo() {
        if (index >= states.size() - 1) {
            return Optional.empty();
        }
        index++;
        update();
        return Optional.of(states.get(index));
    }

    private void update() {
        canUndo.set(index > 0);
        canRedo.set(index < states.size() - 1);
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
