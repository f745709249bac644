package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Fxml;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The row of controls under a table of a targeted plan's creators that records what they did
/// (R-IN-5): when (date and time in the seller's zone, now by default), a note, Mark accepted, Mark
/// declined, the showcase of one creator (R-PLAN-11) and Undo. Used by the plan editor and the
/// Invitations screen, over [CollaborationActions].
public final class CollaborationBar {

    /// A product of the plan a creator may show, and whether they do.
    public record ShowcaseChoice(String productId, String title, boolean shown) {
    }

    /// The plan's products for one creator's showcase dialog.
    public interface ShowcaseSource {
        List<ShowcaseChoice> choicesFor(long creatorId);
    }

    private final Messages messages;
    private final CollaborationActions actions;
    private final Supplier<List<Long>> selection;
    private final ObservableBooleanValue chosen;
    private final ShowcaseSource showcase;
    private final Parent root;

    @FXML
    private VBox bar;
    @FXML
    private DatePicker dateField;
    @FXML
    private TextField timeField;
    @FXML
    private TextField noteField;
    @FXML
    private Button acceptButton;
    @FXML
    private Button declineButton;
    @FXML
    private Button showcaseButton;
    @FXML
    private Button undoButton;
    @FXML
    private Label message;

    /// `selection` gives the chosen creators' ids when a button is pressed, `chosen` says whether
    /// any is chosen; `showcase` is null where showcases are not edited.
    public CollaborationBar(Messages messages, CollaborationActions actions, Supplier<List<Long>> selection,
                            ObservableBooleanValue chosen, ShowcaseSource showcase) {
        this.messages = messages;
        this.actions = actions;
        this.selection = selection;
        this.chosen = chosen;
        this.showcase = showcase;
        this.root = Fxml.load(this, "CollaborationBar.fxml", messages);
    }

    @FXML
    private void initialize() {
        dateField.valueProperty().bindBidirectional(actions.dateProperty());
        timeField.textProperty().bindBidirectional(actions.timeProperty());
        noteField.textProperty().bindBidirectional(actions.noteProperty());
        message.textProperty().bind(actions.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        var idle = actions.busyProperty().not();
        acceptButton.disableProperty().bind(idle.and(chosen).not());
        declineButton.disableProperty().bind(idle.and(chosen).not());
        acceptButton.setOnAction(e -> actions.markAccepted(selection.get()));
        declineButton.setOnAction(e -> actions.markDeclined(selection.get()));
        undoButton.disableProperty().bind(actions.canUndoProperty().not().or(actions.busyProperty()));
        undoButton.setOnAction(e -> actions.undo());
        showcaseButton.setVisible(showcase != null);
        showcaseButton.setManaged(showcase != null);
        showcaseButton.disableProperty().bind(javafx.beans.binding.Bindings.not(chosen));
        showcaseButton.setOnAction(e -> editShowcase());
    }

    /// Asks which of the plan's products the one chosen creator shows, and saves the answer.
    private void editShowcase() {
        List<Long> ids = selection.get();
        if (ids.size() != 1) {
            actions.say(messages.get("invitations.collab.showcaseOne"));
            return;
        }
        long creatorId = ids.getFirst();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("invitations.collab.showcase"));
        dialog.setHeaderText(messages.get("invitations.collab.showcaseHeader"));
        VBox boxes = new VBox(6);
        List<ShowcaseChoice> choices = showcase.choicesFor(creatorId);
        for (ShowcaseChoice choice : choices) {
            CheckBox box = new CheckBox(choice.title() + "  (" + choice.productId() + ")");
            box.setSelected(choice.shown());
            box.setUserData(choice.productId());
            box.setWrapText(true);
            boxes.getChildren().add(box);
        }
        dialog.getDialogPane().setContent(boxes);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Set<String> shown = new LinkedHashSet<>();
            boxes.getChildren().forEach(n -> {
                if (n instanceof CheckBox box && box.isSelected()) {
                    shown.add((String) box.getUserData());
                }
            });
            actions.setShowcase(creatorId, shown);
        });
    }

    public Parent root() {
        return root;
    }
}
