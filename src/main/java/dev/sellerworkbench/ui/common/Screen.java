package dev.sellerworkbench.ui.common;

import javafx.scene.Parent;

/// A main screen: its view, and hooks for when it is shown and hidden, where it loads its data
/// and adds and removes listeners so a long session does not leak.
public interface Screen {

    Parent root();

    default void activate() {
    }

    default void deactivate() {
    }
}
