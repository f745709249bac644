package dev.sellerworkbench.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/// An action whose availability is a binding; buttons bind `disable` to `executable` negated.
public final class UiCommand {

    private final Runnable action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);

    public UiCommand(Runnable action) {
        this.action = action;
    }

    public UiCommand(Runnable action, ObservableBooleanValue when) {
        this.action = action;
        executable.bind(Bindings.createBooleanBinding(when::get, when));
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
