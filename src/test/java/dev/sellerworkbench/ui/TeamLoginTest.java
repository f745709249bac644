package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.TeamCredentials;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The team login prompt, shown as the app shows it (blocking, from the FX thread) when neither
/// the environment nor the password file has credentials: what is typed comes back as the
/// session's credentials, OK waits for a user name, and Cancel gives none.
@ExtendWith(ApplicationExtension.class)
class TeamLoginTest {

    static final String SERVER = "jdbc:postgresql://db.shop.example:5432/workbench";

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void closeLeftoverPrompt(FxRobot robot) {
        // a failed test must not leave its prompt waiting for the next one
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .forEach(Window::hide));
    }

    /// Opens the prompt the way the app does, on the FX thread, without blocking the test.
    CompletableFuture<Optional<TeamCredentials>> ask() {
        CompletableFuture<Optional<TeamCredentials>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(TeamLogin.ask(Messages.forLocale(Locale.ENGLISH), SERVER));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    Button ok(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button b && b.isDefaultButton()).queryButton();
    }

    Button cancel(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button b && b.isCancelButton()).queryButton();
    }

    /// Empties the user name field as a user would: select it all, then delete.
    void clearUser(FxRobot robot) {
        TextField user = robot.lookup("#teamUser").queryAs(TextField.class);
        robot.clickOn(user);
        robot.interact(user::selectAll);
        robot.type(KeyCode.BACK_SPACE);
    }

    static Optional<TeamCredentials> answered(CompletableFuture<Optional<TeamCredentials>> answer) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return answer.get(5, TimeUnit.SECONDS);
    }

    @Test
    void whatIsTypedComesBackAsTheCredentials(FxRobot robot) throws Exception {
        CompletableFuture<Optional<TeamCredentials>> answer = ask();
        assertTrue(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText().contains(SERVER),
                "the prompt names the server it logs in to");

        clearUser(robot);
        robot.write(" mai.tran ");
        robot.clickOn("#teamPassword").write("s3cret:pw");
        assertEquals("s3cret:pw", robot.lookup("#teamPassword").queryAs(PasswordField.class).getText());
        robot.clickOn(ok(robot));

        // compared field by field: the credentials' own text hides the password
        TeamCredentials credentials = answered(answer).orElseThrow();
        assertEquals("mai.tran", credentials.user(), "the user name is trimmed");
        assertEquals("s3cret:pw", credentials.password(), "the password is kept as typed");
    }

    @Test
    void okWaitsForAUserName(FxRobot robot) throws Exception {
        CompletableFuture<Optional<TeamCredentials>> answer = ask();
        clearUser(robot);
        assertTrue(ok(robot).isDisabled(), "no user name, no OK");
        robot.write("   ");
        assertTrue(ok(robot).isDisabled(), "spaces are no user name");
        robot.clickOn(ok(robot));
        assertFalse(answer.isDone(), "a click on the disabled OK does not close the prompt");

        robot.write("linh");
        assertFalse(ok(robot).isDisabled());
        robot.clickOn(ok(robot));
        assertEquals("linh", answered(answer).orElseThrow().user());
    }

    @Test
    void cancelGivesNoCredentials(FxRobot robot) throws Exception {
        CompletableFuture<Optional<TeamCredentials>> answer = ask();
        clearUser(robot);
        robot.write("mai");
        robot.clickOn("#teamPassword").write("secret");
        robot.clickOn(cancel(robot));

        assertEquals(Optional.empty(), answered(answer));
    }
}
