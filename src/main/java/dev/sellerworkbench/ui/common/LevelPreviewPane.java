package dev.sellerworkbench.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/// The one level preview (R-LV-10) wherever a creator is shown: a title, the preview's lines
/// (wrapped, never cut off) and the legend of the projected `*` badge.
public final class LevelPreviewPane extends VBox {

    private final Label text = new Label();

    public LevelPreviewPane(LevelPreviewViewModel viewModel, String title) {
        setSpacing(4);
        getStyleClass().add("level-preview");
        Label heading = new Label(title);
        heading.getStyleClass().add("muted");
        text.setId("levelPreviewText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.textProperty());
        Label legend = new Label();
        legend.setId("levelPreviewLegend");
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        legend.textProperty().bind(viewModel.legendProperty());
        getChildren().addAll(heading, text, legend);
        setMinWidth(0);
    }

    /// The preview's text as shown.
    public String text() {
        return text.getText();
    }
}
