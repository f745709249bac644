package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The window on a team workspace: the demo data set built on PostgreSQL, the title naming the
/// server, the queue working, a decision whose connection drops saved once and the status bar
/// saying so, and Settings saying backups are the server's business.
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    Workspace workspace;
    MainWindowView view;

    @Start
    void start(Stage stage) throws Exception {
        workspace = TestDatabases.open(TestDatabases.Vendor.POSTGRESQL, Files.createTempDirectory("sw-team-window"));
        new DemoGenerator(workspace, UiTestSupport.CLOCK, Progress.NONE).generate(300);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("APPLICATIONS");
        view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.titleProperty().bind(view.viewModel().titleProperty());
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theTitleNamesTheServerAndSettingsLeaveBackupsToIt(FxRobot robot) {
        assertEquals("Seller Workbench — team workspace " + workspace.location(), view.viewModel().titleProperty().get());
        TableView<?> queue = robot.lookup("#applicationsScreen #table").query();
        assertFalse(queue.getItems().isEmpty(), "the demo's applications show from PostgreSQL");

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(workspace.location(), robot.lookup("#settingsScreen #workspace").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#teamBackups").query().isVisible());
        assertTrue(robot.lookup("#backUp").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#useLocal").query().isVisible());
    }

    @Test
    void anApprovalWhoseConnectionDropsIsSavedOnceAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        // The server ends the session in the middle of the approval's first attempt, as a restart
        // or a network drop would; the sequence is outside the transaction, so it happens once.
        workspace.jdbi().useHandle(h -> {
            h.execute("CREATE SEQUENCE drop_once");
            h.execute("CREATE FUNCTION drop_connection_once() RETURNS trigger LANGUAGE plpgsql AS "
                    + "'BEGIN IF nextval(''drop_once'') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
                    + "RETURN NEW; END'");
            h.execute("CREATE TRIGGER drop_once BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION drop_connection_once()");
        });
        long approved = workspace.applications().countByStatus().get(ApplicationStatus.APPROVED);
        long audited = audited();
        TableView<?> table = robot.lookup("#applicationsScreen #table").query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
        robot.type(KeyCode.A);

        Label notice = robot.lookup("#connectionNotice").query();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !notice.getText().isEmpty());
        assertTrue(notice.getText().startsWith("The connection to " + workspace.location() + " dropped at "), notice.getText());
        assertTrue(notice.getText().endsWith("was made again; your change was saved."), notice.getText());
        assertEquals(approved + 1, workspace.applications().countByStatus().get(ApplicationStatus.APPROVED));
        assertEquals(audited + 1, audited(), "the approval was written once, not once per attempt");
    }

    private long audited() {
        return workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'approve'")
                .mapTo(Long.class).one());
    }
}
