package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// One product of the plan in the editor: title and status, rate and reason fields bound to the
/// row's view-model, the reason's live count, and each field's problem beside it.
final class PlanItemCell extends ListCell<PlanItemRow> {

    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label productProblem = new Label();
    private final TextField rate = new TextField();
    private final Label rateProblem = new Label();
    private final TextField reason = new TextField();
    private final Label count = new Label();
    private final Label reasonProblem = new Label();
    private final Button remove = new Button();
    private final HBox box;
    private PlanItemRow bound;

    PlanItemCell(Messages messages, Consumer<PlanItemRow> onRemove) {
        rate.getStyleClass().add("item-rate");
        rate.setPrefWidth(80);
        rate.setMaxWidth(120);
        rate.setPromptText(messages.get("plans.editor.ratePrompt"));
        reason.getStyleClass().add("item-reason");
        reason.setPromptText(messages.get("plans.editor.reasonPrompt"));
        count.getStyleClass().addAll("muted", "item-count");
        for (Label l : new Label[] {productProblem, rateProblem, reasonProblem}) {
            l.getStyleClass().add("field-problem");
            l.setWrapText(true);
        }
        rateProblem.getStyleClass().add("item-rate-problem");
        reasonProblem.getStyleClass().add("item-reason-problem");
        detail.getStyleClass().add("muted");
        remove.setText(messages.get("plans.editor.removeProduct"));
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> {
            if (bound != null) {
                onRemove.accept(bound);
            }
        });
        VBox product = new VBox(2, title, detail, productProblem);
        product.setPrefWidth(220);
        VBox rateBox = new VBox(2, rate, rateProblem);
        rateBox.setPrefWidth(200);
        VBox reasonBox = new VBox(2, reason, new HBox(8, count, reasonProblem));
        HBox.setHgrow(reasonBox, Priority.ALWAYS);
        box = new HBox(8, product, rateBox, reasonBox, remove);
        box.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    protected void updateItem(PlanItemRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            rate.textProperty().unbindBidirectional(bound.rateProperty());
            reason.textProperty().unbindBidirectional(bound.reasonProperty());
            count.textProperty().unbind();
            rateProblem.textProperty().unbind();
            reasonProblem.textProperty().unbind();
            productProblem.textProperty().unbind();
            bound = null;
        }
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bound = row;
        title.setText(row.title());
        detail.setText(row.productId() + " · " + row.status());
        detail.getStyleClass().remove("revoked");
        if (row.revoked()) {
            detail.getStyleClass().add("revoked");
        }
        rate.textProperty().bindBidirectional(row.rateProperty());
        reason.textProperty().bindBidirectional(row.reasonProperty());
        count.textProperty().bind(row.reasonCountProperty());
        rateProblem.textProperty().bind(row.rateProblemProperty());
        reasonProblem.textProperty().bind(row.reasonProblemProperty());
        productProblem.textProperty().bind(row.productProblemProperty());
        setText(null);
        setGraphic(box);
    }
}
