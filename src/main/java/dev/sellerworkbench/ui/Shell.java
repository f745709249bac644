package dev.sellerworkbench.ui;

import java.nio.file.Path;

/// What screens may ask of the application around them: rebuild the window after a change of
/// language or theme (keeping the screen), replace the workspace by a backup, open a folder.
public interface Shell {

    Shell NONE = new Shell() {
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
}
