package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.shell.MainWindowView;
import dev.sellerworkbench.ui.shell.NavEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Nothing a user needs is cut off at 1280×800: every screen and the dialogs opened from them, in
/// each of the five languages, show every label, button, header, badge and cell whole (a cell that
/// holds long free text may end in an ellipsis only when a tooltip shows it whole), and no control
/// is pushed outside the window.
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"), Locale.forLanguageTag("id"),
            Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

    static Workspace workspace;
    Stage stage;

    @BeforeAll
    static void demo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(80);
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
    void everyScreenAndDialogShowsItsTextWholeInFiveLanguages(FxRobot robot) {
        Set<String> problems = new LinkedHashSet<>();
        for (Locale locale : LANGUAGES) {
            String language = locale.toLanguageTag();
            MainWindowView[] view = new MainWindowView[1];
            robot.interact(() -> {
                view[0] = new MainWindowView(UiTestSupport.context(workspace, locale));
                stage.setScene(new Scene(view[0].root(), WIDTH, HEIGHT));
                stage.show();
            });
            for (NavEntry entry : NavEntry.values()) {
                robot.interact(() -> view[0].viewModel().currentProperty().set(entry));
                selectFirstRow(robot);
                problems.addAll(cutOff(stage.getScene(), language + " " + entry));
                if (entry == NavEntry.CREATORS) {
                    problems.addAll(sideTabHeaders(robot, language));
                }
                if (entry == NavEntry.PLANS) {
                    problems.addAll(planEditors(robot, language));
                }
                if (entry == NavEntry.APPLICATIONS) {
                    robot.lookup("#auditButton").tryQuery().filter(b -> !b.isDisabled()).ifPresent(b -> {
                        robot.interact(() -> ((javafx.scene.control.ButtonBase) b).fire());
                        problems.addAll(dialogs(robot, language + " audit log"));
                    });
                }
            }
            robot.interact(() -> view[0].openImport(java.nio.file.Path.of("assets/samples/orders-seller-center.csv")));
            problems.addAll(dialogs(robot, language + " import"));
            robot.interact(() -> robot.lookup("#help-about").queryAs(javafx.scene.control.ButtonBase.class).fire());
            problems.addAll(dialogs(robot, language + " about"));
            robot.interact(view[0]::close);
        }
        assertTrue(problems.isEmpty(), problems.size() + " cut off:\n" + String.join("\n", problems));
    }

    /// Every tab header of the Find Creators side pane shows whole within the pane, none scrolled out of its row.
    private static List<String> sideTabHeaders(FxRobot robot, String language) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> robot.lookup("#sideTabs").tryQuery().ifPresent(pane -> {
            double right = pane.localToScene(pane.getLayoutBounds()).getMaxX();
            for (Node tab : pane.lookupAll(".tab")) {
                Bounds b = tab.localToScene(tab.getLayoutBounds());
                if (tab.isVisible() && b.getMaxX() > right + 1) {
                    found.add(language + " Find Creators: a side-pane tab header reaches " + (int) b.getMaxX()
                            + ", past the pane's edge at " + (int) right);
                }
            }
        }));
        return found;
    }

    /// Whether a node matching `query` shows within ten seconds (the editor loads its plan in the background).
    private static boolean appears(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().isPresent());
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /// The editor of the first plan listed, and of a new targeted plan with its product picker.
    private List<String> planEditors(FxRobot robot, String language) {
        List<String> found = new ArrayList<>();
        fire(robot, "#openButton");
        if (!appears(robot, "#publishButton")) {
            found.add(language + ": the plan editor did not open");
        }
        found.addAll(cutOff(stage.getScene(), language + " plan editor"));
        fire(robot, "#closeButton");
        found.addAll(dialogs(robot, language + " plan editor closing"));
        javafx.scene.control.MenuButton menu = robot.lookup("#newButton").query();
        robot.interact(() -> menu.getItems().get(dev.sellerworkbench.domain.PlanType.TARGETED.ordinal()).fire());
        if (!appears(robot, "#addProductsButton")) {
            found.add(language + ": the new plan's editor did not open");
        }
        found.addAll(cutOff(stage.getScene(), language + " new targeted plan"));
        fire(robot, "#addProductsButton");
        found.addAll(dialogs(robot, language + " product picker"));
        fire(robot, "#closeButton");
        found.addAll(dialogs(robot, language + " new plan closing"));
        return found;
    }

    private static void fire(FxRobot robot, String query) {
        robot.lookup(query).tryQuery().filter(b -> b instanceof javafx.scene.control.ButtonBase && !b.isDisabled()
                && b.getScene() != null).ifPresent(b -> robot.interact(() -> ((javafx.scene.control.ButtonBase) b).fire()));
    }

    /// Checks every other showing window, then closes it.
    private List<String> dialogs(FxRobot robot, String where) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window != stage && window.isShowing() && window.getScene() != null) {
                    window.getScene().getRoot().applyCss();
                    window.getScene().getRoot().layout();
                    found.addAll(cutOff(window.getScene(), where));
                    window.hide();
                }
            }
        });
        return found;
    }

    /// Selects the first row of every table, so detail panes show what a chosen row shows.
    private static void selectFirstRow(FxRobot robot) {
        robot.interact(() -> robot.lookup(".table-view").queryAll().forEach(n -> {
            if (n instanceof TableView<?> table && !table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<String> cutOff(Scene scene, String where) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), scene, where, false, found);
        return found;
    }

    private static void visit(Node node, Scene scene, String where, boolean scrolled, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String shown = shownText(labeled);
            String full = fullText(labeled);
            if (shown != null && full != null && !full.isBlank() && !shown.equals(full)
                    && !(labeled.getStyleClass().contains(dev.sellerworkbench.ui.common.Fit.LONG_TEXT_STYLE)
                            && hasTooltip(labeled))) {
                found.add(where + ": \"" + full + "\" shows as \"" + shown + "\" (" + describe(labeled) + ", " + (int) labeled.getWidth() + " wide, needs "
                        + (int) Math.ceil(labeled.prefWidth(-1)) + ")");
            }
        }
        if (node instanceof Control && !scrolled && !(node instanceof javafx.scene.control.IndexedCell<?>)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1)) {
                found.add(where + ": " + describe(node) + " reaches " + (int) b.getMaxX() + "×" + (int) b.getMaxY()
                        + " outside the window");
            }
        }
        // tab headers that do not fit are scrolled within their header row and listed in its overflow menu
        boolean inside = scrolled || node instanceof ScrollPane || node instanceof TableView<?>
                || node instanceof javafx.scene.control.skin.VirtualFlow<?> || node.getStyleClass().contains("tab-header-area");
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, where, inside, found);
            }
        }
    }

    private static boolean hasTooltip(Labeled labeled) {
        Tooltip tip = labeled.getTooltip();
        return tip != null && tip.getText() != null && tip.getText().equals(labeled.getText());
    }

    /// The text the skin draws (the label's own text child), or null when it draws none.
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return child.isVisible() ? text.getText() : null;
            }
        }
        return null;
    }

    private static String fullText(Labeled labeled) {
        String text = labeled.getText();
        if (text == null) {
            return null;
        }
        if (labeled.isMnemonicParsing()) {
            int mnemonic = text.indexOf('_');
            if (mnemonic >= 0 && mnemonic + 1 < text.length()) {
                text = text.substring(0, mnemonic) + text.substring(mnemonic + 1);
            }
        }
        return text;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        Node up = node.getParent();
        int depth = 0;
        while (up != null && depth < 8) {
            if (up.getId() != null) {
                path.append(" in #").append(up.getId());
                break;
            }
            if (up.getStyleClass().contains("column-header")) {
                path.append(" in column header");
            }
            up = up.getParent();
            depth++;
        }
        return path.toString();
    }
}
