package dev.sellerworkbench.ui;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.TeamCredentials;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/// Asks for the user name and password of a team workspace when neither the environment nor the
/// user's password file has them. What is typed is used for this session only.
final class TeamLogin {

    private TeamLogin() {
    }

    static Optional<TeamCredentials> ask(Messages messages, String location) {
        Dialog<TeamCredentials> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("team.login.header", location));
        TextField user = new TextField(System.getProperty("user.name", ""));
        user.setId("teamUser");
        PasswordField password = new PasswordField();
        password.setId("teamPassword");
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label(messages.get("team.user")), user);
        grid.addRow(1, new Label(messages.get("team.password")), password);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // a name of spaces is no name: the credentials would refuse it after OK
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> user.getText() == null || user.getText().isBlank(), user.textProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new TeamCredentials(user.getText().trim(), password.getText()) : null);
        return dialog.showAndWait();
    }
}
