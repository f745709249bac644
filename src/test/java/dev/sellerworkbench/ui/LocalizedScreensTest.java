package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import dev.sellerworkbench.ui.shell.NavEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Every main screen in Vietnamese and Simplified Chinese shows no raw `%key` and no English
/// text where the language has its own.
@ExtendWith(ApplicationExtension.class)
class LocalizedScreensTest {

    static Workspace workspace;
    Stage stage;

    @BeforeAll
    static void demo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(200);
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
    void vietnameseScreensAreFullyTranslated(FxRobot robot) {
        checkAllScreens(robot, Locale.forLanguageTag("vi"));
    }

    @Test
    void simplifiedChineseScreensAreFullyTranslated(FxRobot robot) {
        checkAllScreens(robot, Locale.SIMPLIFIED_CHINESE);
    }

    private void checkAllScreens(FxRobot robot, Locale locale) {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        Messages target = Messages.forLocale(locale);
        Map<String, String> untranslatedEnglish = new HashMap<>();
        java.util.Set<String> targetTexts = new java.util.HashSet<>();
        for (String key : Collections.list(target.getKeys())) {
            targetTexts.add(target.getString(key));
        }
        for (String key : Collections.list(english.getKeys())) {
            String value = english.getString(key);
            if (target.has(key) && !target.getString(key).equals(value)) {
                untranslatedEnglish.put(value, key);
            }
        }
        robot.interact(() -> {
            MainWindowView view = new MainWindowView(UiTestSupport.context(workspace, locale));
            stage.setScene(new Scene(view.root(), 1000, 700));
            stage.show();
        });
        List<String> problems = new ArrayList<>();
        for (NavEntry entry : NavEntry.values()) {
            robot.clickOn("#nav-" + entry.name().toLowerCase(Locale.ROOT));
            WaitForAsyncUtils.waitForFxEvents();
            for (String text : texts(stage.getScene().getRoot())) {
                if (text.startsWith("%")) {
                    problems.add(entry + ": raw key " + text);
                } else if (untranslatedEnglish.containsKey(text) && !targetTexts.contains(text)) {
                    // English text no string of this language says ("GMV" is the Chinese for GMV too)
                    problems.add(entry + ": English \"" + text + "\" (" + untranslatedEnglish.get(text) + ")");
                }
            }
        }
        assertTrue(problems.isEmpty(), locale + ": " + problems);
    }

    static List<String> texts(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof javafx.scene.control.IndexedCell<?>) {
            return; // cells show workspace data (plan names, handles), not interface strings
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            texts.add(input.getPromptText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> addColumn(c, texts));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                texts.add(tab.getText().replaceAll(" \\(.*\\)$", ""));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static void addColumn(TableColumnBase<?, ?> column, List<String> texts) {
        texts.add(column.getText());
        column.getColumns().forEach(c -> addColumn(c, texts));
    }
}
