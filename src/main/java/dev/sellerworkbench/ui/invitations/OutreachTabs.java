package dev.sellerworkbench.ui.invitations;

import static dev.sellerworkbench.ui.common.TableColumns.text;

import dev.sellerworkbench.i18n.Messages;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The Invitations screen's "Follow-ups due" tab (R-OUT-3), whose Show button opens the chosen
/// invitation in the creators tab, and its "Outreach log" tab (R-OUT-1).
final class OutreachTabs {

    private final Tab followUpsTab = new Tab();
    private final Tab logTab = new Tab();

    /// `show` opens a plan's creator in the creators tab.
    OutreachTabs(Messages messages, OutreachViewModel viewModel, BiConsumer<Long, Long> show) {
        TableView<OutreachViewModel.FollowUpRow> due = new TableView<>(viewModel.followUps());
        due.setId("followUpsTable");
        due.getColumns().add(column(messages.get("invitations.col.creator"), 170, OutreachViewModel.FollowUpRow::creator));
        due.getColumns().add(column(messages.get("invitations.followUps.col.plan"), 170, OutreachViewModel.FollowUpRow::plan));
        due.getColumns().add(column(messages.get("invitations.followUps.col.last"), 150,
                OutreachViewModel.FollowUpRow::lastContacted));
        due.getColumns().add(column(messages.get("invitations.followUps.col.waiting"), 110,
                OutreachViewModel.FollowUpRow::waiting));
        due.setPlaceholder(new Label(messages.get("invitations.followUps.none")));
        VBox.setVgrow(due, Priority.ALWAYS);
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.textProperty().bind(viewModel.followUpsNoteProperty());
        Button open = new Button(messages.get("invitations.followUps.show"));
        open.setId("followUpShow");
        open.disableProperty().bind(due.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            OutreachViewModel.FollowUpRow row = due.getSelectionModel().getSelectedItem();
            if (row != null) {
                show.accept(row.planId(), row.creatorId());
            }
        });
        HBox bar = new HBox(8, open, note);
        VBox followUps = new VBox(8, bar, due);
        followUps.setPadding(new Insets(8, 0, 0, 0));
        followUpsTab.setContent(followUps);
        followUpsTab.textProperty().bind(viewModel.followUpsTitleProperty());
        followUpsTab.setId("followUpsTab");

        TableView<OutreachViewModel.LogRow> log = new TableView<>(viewModel.log());
        log.setId("outreachLogTable");
        log.getColumns().add(column(messages.get("invitations.log.col.when"), 140, OutreachViewModel.LogRow::when));
        log.getColumns().add(column(messages.get("invitations.col.creator"), 160, OutreachViewModel.LogRow::creator));
        log.getColumns().add(column(messages.get("invitations.followUps.col.plan"), 160, OutreachViewModel.LogRow::plan));
        log.getColumns().add(column(messages.get("invitations.log.col.channel"), 100, OutreachViewModel.LogRow::channel));
        log.getColumns().add(column(messages.get("invitations.log.col.who"), 100, OutreachViewModel.LogRow::who));
        log.setPlaceholder(new Label(messages.get("invitations.log.none")));
        VBox logBox = new VBox(8, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        logBox.setPadding(new Insets(8, 0, 0, 0));
        logTab.setContent(logBox);
        logTab.setText(messages.get("invitations.log.tab"));
        logTab.setId("outreachLogTab");
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        text(column, value);
        return column;
    }

    Tab followUpsTab() {
        return followUpsTab;
    }

    Tab logTab() {
        return logTab;
    }
}
