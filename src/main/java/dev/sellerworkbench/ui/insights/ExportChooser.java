package dev.sellerworkbench.ui.insights;

import dev.sellerworkbench.i18n.Messages;
import java.io.File;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

/// An Export… button: asks for a file (CSV or XLSX) and hands the table to the view-model, which
/// writes it in the background.
final class ExportChooser {

    private ExportChooser() {
    }

    static void bind(Button button, String name, Supplier<ExportTable> table, InsightsViewModel viewModel,
                     Messages messages) {
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("insights.export.choose"));
            FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(messages.get("insights.export.csv"), "*.csv");
            FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(messages.get("insights.export.xlsx"), "*.xlsx");
            chooser.getExtensionFilters().setAll(csv, xlsx);
            chooser.setInitialFileName(name + ".csv");
            dev.sellerworkbench.ui.common.FileChoosers.startIn(chooser, viewModel.preferences());
            File file = dev.sellerworkbench.ui.common.FileChoosers.remember(viewModel.preferences(),
                    chooser.showSaveDialog(button.getScene().getWindow()));
            if (file == null) {
                return;
            }
            String lower = file.getName().toLowerCase(Locale.ROOT);
            File target = chooser.getSelectedExtensionFilter() == xlsx && !lower.endsWith(".xlsx")
                    ? new File(file.getParentFile(), file.getName().replaceFirst("(?i)\\.csv$", "") + ".xlsx") : file;
            viewModel.export(table.get(), target.toPath());
        });
    }
}
