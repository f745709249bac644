package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import dev.sellerworkbench.ui.start.StartView;

/// The first-start question, the shop form and the side bar of the demo (its notice, Leave the
/// demo and the Workspace menu) at 1280×800 in every interface language: no label or button shows
/// its text cut short with an ellipsis.
@ExtendWith(ApplicationExtension.class)
class FirstStartLayoutTest {

    static Workspace workspace;
    Stage stage;

    @BeforeAll
    static void demo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(40);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void nothingOfTheFirstStartIsCutOffInAnyLanguage(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Locale locale : Messages.LANGUAGES) {
            StartView[] view = new StartView[1];
            robot.interact(() -> {
                view[0] = new StartView(Messages.forLocale(locale), true, () -> { }, settings -> { }, () -> { });
                stage.setScene(new Scene(view[0].root(), 1280, 800));
                stage.show();
            });
            laidOut(robot);
            collect(robot.lookup("#choicePane").query(), locale, cut);
            robot.interact(() -> robot.lookup("#shopButton").queryButton().fire());
            laidOut(robot);
            collect(robot.lookup("#shopPane").query(), locale, cut);
            if (locale.equals(Locale.forLanguageTag("vi"))) {
                UiTestSupport.snapshot(stage.getScene(), "first-start-shop-1280x800-vi");
            }
        }
        assertTrue(cut.isEmpty(), "cut off: " + cut);
    }

    @Test
    void nothingOfTheDemosSideBarIsCutOffInAnyLanguage(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Locale locale : Messages.LANGUAGES) {
            robot.interact(() -> {
                AppContext context = UiTestSupport.context(workspace, locale);
                context.preferences().setLastScreen("SETTINGS");
                stage.setScene(new Scene(new dev.sellerworkbench.ui.shell.MainWindowView(context, true).root(), 1280, 800));
                stage.show();
            });
            laidOut(robot);
            collect(robot.lookup("#leave-demo").query().getParent(), locale, cut);
            if (locale.equals(Locale.forLanguageTag("vi"))) {
                UiTestSupport.snapshot(stage.getScene(), "demo-side-bar-1280x800-vi");
            }
        }
        assertTrue(cut.isEmpty(), "cut off: " + cut);
    }

    private void laidOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        robot.interact(() -> stage.getScene().getRoot().layout());
    }

    private static void collect(Node node, Locale locale, List<String> cut) {
        if (node instanceof IndexedCell<?> || !node.isVisible()) {
            return; // picker values are data, widened by the user; hidden panes show nothing
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                // an icon is a Text of its own glyph, not the label's text
                if (child instanceof Text shown && !(child instanceof org.kordamp.ikonli.javafx.FontIcon) && !labeled.isWrapText() && !shown.getText().equals(labeled.getText())) {
                    cut.add(locale + ": \"" + labeled.getText() + "\" shows as \"" + shown.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, locale, cut);
            }
        }
    }
}
