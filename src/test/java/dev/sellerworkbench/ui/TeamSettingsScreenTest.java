package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Settings connects this desktop to a team workspace: an unreachable server is said plainly and
/// changes nothing; a reachable one keeps the login in the private password file, the URL (only)
/// in the preferences, and switches the window over.
@ExtendWith(ApplicationExtension.class)
class TeamSettingsScreenTest {

    Workspace workspace;
    AppContext context;
    final List<String> switches = new ArrayList<>();
    String savedPgpass;
    Path pgpass;

    @Start
    void start(Stage stage) throws Exception {
        // the server first: it points sw.pgpass at its own file, which this test then replaces
        TestDatabases.credentials();
        savedPgpass = System.getProperty("sw.pgpass");
        pgpass = Files.createTempDirectory("sw-settings").resolve("pgpass");
        System.setProperty("sw.pgpass", pgpass.toString());
        workspace = UiTestSupport.demoWorkspace(30);
        AppContext base = UiTestSupport.context(workspace, Locale.ENGLISH);
        ScreenHost recording = new ScreenHost() {
            @Override
            public void relaunch() {
            }

            @Override
            public void restore(Path backup) {
            }

            @Override
            public void openFolder(Path folder) {
            }

            @Override
            public void switchWorkspace(String location) {
                switches.add(location);
            }
        };
        context = new AppContext(base.workspace(), base.tasks(), base.messages(), base.formats(), base.clock(),
                base.preferences(), recording);
        context.preferences().setLastScreen("SETTINGS");
        context.preferences().setTeamWorkspace(null);
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        System.setProperty("sw.pgpass", savedPgpass);
        workspace.close();
    }

    void fill(FxRobot robot, String url, String user, String password) {
        robot.interact(() -> {
            robot.lookup("#teamUrl").queryAs(TextField.class).setText(url);
            robot.lookup("#teamUser").queryAs(TextField.class).setText(user);
            robot.lookup("#teamPassword").queryAs(TextField.class).setText(password);
        });
        robot.interact(() -> robot.lookup("#connectTeam").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anUnreachableServerIsSaidPlainlyAndNothingIsKept(FxRobot robot) {
        fill(robot, "postgresql://127.0.0.1:1/workbench", "linh", "secret");
        String status = robot.lookup("#teamStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("The team workspace postgresql://127.0.0.1:1/workbench cannot be reached."), status);
        assertNull(context.preferences().teamWorkspace());
        assertTrue(switches.isEmpty());
        assertTrue(Files.notExists(pgpass), "no password is written for a server that never answered");
    }

    @Test
    void connectingKeepsTheLoginPrivateAndSwitchesTheWindow(FxRobot robot) throws Exception {
        WorkspaceAddress.Team team = TestDatabases.newDatabase();
        TeamCredentials login = TestDatabases.credentials();
        fill(robot, team.display(), login.user(), login.password());

        String status = robot.lookup("#teamStatus").queryAs(Label.class).getText();
        assertEquals("Connected to " + team.display() + ". The window now shows the team workspace.", status);
        assertEquals(team.display(), context.preferences().teamWorkspace());
        assertEquals(List.of(team.display()), switches);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pgpass)));
        assertEquals(login, TeamCredentials.read(team, pgpass).orElseThrow());
        assertEquals("", robot.lookup("#teamPassword").queryAs(TextField.class).getText(), "the field is cleared");
    }
}
