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

/// The Settings screen at 1280×800 in every interface language: no label or button shows its text
/// cut short with an ellipsis.
@ExtendWith(ApplicationExtension.class)
class SettingsLayoutScreenTest {

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
    void nothingOnTheSettingsScreenIsCutOffInAnyLanguage(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Locale locale : Messages.LANGUAGES) {
            robot.interact(() -> {
                AppContext context = UiTestSupport.context(workspace, locale);
                context.preferences().setLastScreen("SETTINGS");
                stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().applyCss());
            robot.interact(() -> stage.getScene().getRoot().layout());
            Parent screen = robot.lookup("#settingsScreen").query();
            collect(screen, locale, cut);
            if (locale.equals(Locale.forLanguageTag("vi"))) {
                UiTestSupport.snapshot(stage.getScene(), "settings-1280x800-vi");
            }
        }
        assertTrue(cut.isEmpty(), "cut off: " + cut);
    }

    private static void collect(Node node, Locale locale, List<String> cut) {
        if (node instanceof IndexedCell<?> || !node.isVisible()) {
            return; // list rows and picker values are data, scrolled or widened by the user; hidden bars show nothing
        }
        if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !labeled.isWrapText() && !shown.getText().equals(labeled.getText())) {
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
