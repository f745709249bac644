package dev.sellerworkbench.ui;

import java.nio.file.Path;

/// What screens may ask of the application around them: rebuild the window after a change of
/// language or theme (keeping the screen), replace the workspace by a backup, open a folder.
public interface ScreenHost {

    ScreenHost NONE = new ScreenHost() {
        @Override
        public void relaunch() {
        }

        @Override
        public void restore(Path backup) {
        }

        @Override
        public void openFolder(Path folder) {
        }
    };

    void relaunch();

    void restore(Path backup);

    void openFolder(Path folder);

    /// Closes the open workspace and opens `location` (a `postgresql://` URL), or the local
    /// folder when it is null.
    default void switchWorkspace(String location) {
    }

    /// Closes the open workspace and opens the one in `folder`; a folder holding none starts a
    /// shop there, asking its name, region, currency and time zone first.
    default void openWorkspace(java.nio.file.Path folder) {
    }

    /// Asks for a folder and opens the workspace in it ([#openWorkspace]).
    default void chooseWorkspace() {
    }

    /// Asks for a folder for a new shop and starts it there.
    default void newWorkspace() {
    }

    /// Leaves the demo (it stays in its own folder) and starts the shop.
    default void leaveDemo() {
    }
}
