package dev.sellerworkbench.ui.common;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.Preferences;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/// Save and open dialogs start in the folder the user chose last, or in their documents folder
/// before they chose one (never the application's working folder); the table export offers CSV or
/// Excel, the format following the chosen name.
public final class FileChoosers {

    static final String LAST_FOLDER = "lastFolder";

    private FileChoosers() {
    }

    public static Optional<Path> tableTarget(Window owner, String initialName, Messages messages,
                                             Preferences preferences) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("files.export.title"));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("files.type.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("files.type.xlsx"), "*.xlsx"));
        startIn(chooser, preferences);
        return Optional.ofNullable(remember(preferences, chooser.showSaveDialog(owner))).map(File::toPath);
    }

    /// Points `chooser` at the last folder used, else the documents folder.
    public static FileChooser startIn(FileChooser chooser, Preferences preferences) {
        chooser.setInitialDirectory(startFolder(preferences).toFile());
        return chooser;
    }

    public static DirectoryChooser startIn(DirectoryChooser chooser, Preferences preferences) {
        chooser.setInitialDirectory(startFolder(preferences).toFile());
        return chooser;
    }

    /// Remembers the folder of `chosen` (a file, or a folder itself when `folder`) for the next
    /// dialog; returns `chosen`, null when the dialog was cancelled.
    public static File remember(Preferences preferences, File chosen) {
        if (chosen != null) {
            File folder = chosen.isDirectory() ? chosen : chosen.getAbsoluteFile().getParentFile();
            if (folder != null) {
                preferences.put(LAST_FOLDER, folder.getAbsolutePath());
            }
        }
        return chosen;
    }

    /// The last folder used when it still exists, else the user's documents folder, else home.
    public static Path startFolder(Preferences preferences) {
        String last = preferences.get(LAST_FOLDER, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : new String[] {"Documents", "My Documents", "Documenten", "Dokumente"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }
}
