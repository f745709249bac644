package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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

/// R-DRAFT-1: a plan draft is being typed, the application dies without closing (the window is
/// simply replaced: no editor close, no clean quit), and the next window names the plan whose
/// autosaved work was recovered and reopens it in the editor. A clean close leaves no notice.
@ExtendWith(ApplicationExtension.class)
class DraftRecoveryWindowTest {

    Workspace workspace;
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // an empty shop with one draft: small, so the test stays fast
        workspace = Workspace.open(java.nio.file.Files.createTempDirectory("sw-drafts"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        // one desktop across the windows: what the first leaves behind, the next finds
        context = new AppContext(workspace, TaskRunner.direct(), messages,
                new Formats(messages.getLocale(), UiTestSupport.ZONE), UiTestSupport.CLOCK,
                Preferences.forTest("draft-recovery"));
        context.services().plans().saveDraft(new dev.sellerworkbench.commission.PlanDraft(new Plan(0,
                dev.sellerworkbench.domain.PlanType.OPEN, "Serum week", null, null, PlanStatus.DRAFT, false, null, null,
                null, null, null, 0), java.util.List.of(), java.util.List.of()));
        App.applyTheme(false);
        context.preferences().setLastScreen("PLANS");
        stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    MainWindowView nextStart(FxRobot robot) {
        MainWindowView[] window = new MainWindowView[1];
        robot.interact(() -> {
            window[0] = new MainWindowView(context);
            stage.setScene(new Scene(window[0].root(), 1280, 800));
        });
        return window[0];
    }

    void typeAndWaitForAutosave(FxRobot robot, String text) throws Exception {
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(() -> name.appendText(text));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveState").queryAs(Label.class)
                .getText().startsWith("Draft saved"));
    }

    @Test
    void theNextStartNamesTheRecoveredDraftAndReopensItWithWhatWasAutosavedAndACleanQuitLeavesNoNotice(FxRobot robot)
            throws Exception {
        Plan draft = workspace.plans().findAll().stream()
                .filter(p -> p.status() == PlanStatus.DRAFT && !p.name().isBlank()).findFirst().orElseThrow();
        PlanEditorSupport.openFromList(robot, draft.name());
        String typed = draft.name() + " Tet";
        typeAndWaitForAutosave(robot, " Tet");
        assertEquals(typed, workspace.plans().findById(draft.id()).orElseThrow().name(), "autosaved to the store");

        // the application dies with the editor open; it starts again on another screen
        context.preferences().setLastScreen("CREATORS");
        MainWindowView second = nextStart(robot);
        assertTrue(robot.lookup("#recovered-drafts").tryQuery().isPresent(), "the window says a draft was recovered");
        assertEquals(typed, robot.lookup("#recovered-name-" + draft.id()).queryAs(Label.class).getText(),
                "named as the user knows the plan");
        assertTrue(robot.lookup("#recovered-heading").queryAs(Label.class).getText().contains("did not close normally"));

        javafx.scene.control.Button reopen = robot.lookup("#recovered-open-" + draft.id()).queryButton();
        robot.interact(reopen::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> typed.equals(
                robot.lookup("#nameField").queryAs(TextField.class).getText()));
        assertTrue(robot.lookup("#recovered-drafts").tryQuery().isEmpty(), "the notice goes once its plan is opened");
        assertEquals(null, context.preferences().get("plans.openDrafts", null), "the notice is given once");

        // more typing marks the editor again; this time the window quits cleanly with it open
        typeAndWaitForAutosave(robot, "!");
        assertTrue(context.preferences().get("plans.openDrafts", "").startsWith(draft.id() + "\t"));
        robot.interact(second::close);
        assertEquals(null, context.preferences().get("plans.openDrafts", null),
                "a clean quit is no crash: the next start has nothing to announce");
    }
}
