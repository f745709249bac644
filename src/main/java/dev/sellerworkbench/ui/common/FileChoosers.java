package dev.sellerworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/// The save dialog for a table export: CSV or Excel, the format following the chosen name.
public final class FileChoosers {

    private FileChoosers() {
    }

    public static Optional<Path> tableTarget(Window owner, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File target = chooser.showSaveDialog(owner);
        return Optional.ofNullable(target).map(File::toPath);
    }
}
