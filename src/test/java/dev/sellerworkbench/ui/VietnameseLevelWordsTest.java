package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.service.WorkspaceProfiles;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.applications.ApplicationRow;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Vietnamese window speaks of levels in Vietnamese only (R-LV-3): Find Creators with a
/// creator's detail and preview, the pane beside the queue and Settings' levels show no English
/// level word, with official and projected levels, histories and previews on screen.
@ExtendWith(ApplicationExtension.class)
class VietnameseLevelWordsTest {

    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(official|projected|unrated|levels?)\\b");
    static Workspace workspace;
    Stage stage;

    @BeforeAll
    static void demo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(150);
        // this month's figures for everyone and next month projected: projected levels are current
        YearMonth month = YearMonth.now(UiTestSupport.CLOCK);
        List<MonthlyStats> figures = new ArrayList<>();
        workspace.creators().forEach(c -> figures.add(new MonthlyStats(c.id(), month,
                Money.of(String.valueOf(c.id() * 7_919 % 90_000), c.region().currency()), (int) (c.id() % 20), 5,
                new BigDecimal("4.50"), 0, Money.of("0", c.region().currency()))));
        workspace.stats().saveAll(figures);
        new RecomputeService(workspace, UiTestSupport.CLOCK, Messages.forLocale(Locale.ENGLISH))
                .recompute(month.plusMonths(1), new WorkspaceProfiles(workspace).active(), Progress.NONE);
    }

    @AfterAll
    static void close() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.forLanguageTag("vi"));
        context.preferences().setLastScreen("CREATORS");
        stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T find(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    @Test
    void noEnglishLevelWordInFindCreatorsTheQueueOrSettings(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CreatorRow> creators = find(robot, "#findCreators #table");
        assertTrue(creators.getItems().stream().anyMatch(r -> r.level().endsWith("*")), "projected levels are listed");
        robot.interact(() -> creators.getSelectionModel().clearAndSelect(0));
        WaitForAsyncUtils.waitForFxEvents();
        String preview = ((Labeled) find(robot, "#findCreators #levelPreviewText")).getText();
        assertFalse(preview.isBlank());
        check("Find Creators", problems);

        robot.clickOn("#nav-applications");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ApplicationRow> queue = find(robot, "#applicationsScreen #table");
        robot.interact(() -> {
            queue.requestFocus();
            queue.getSelectionModel().select(0);
            queue.getFocusModel().focus(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(((ListView<?>) find(robot, "#applicationsScreen #detailHistory")).getItems().isEmpty());
        check("Applications", problems);

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(((TableView<?>) find(robot, "#thresholdTable")).getItems().isEmpty(), "the thresholds are listed");
        check("Settings", problems);

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(String screen, List<String> problems) {
        List<String> texts = new ArrayList<>();
        collect(stage.getScene().getRoot(), texts);
        for (String text : texts) {
            Matcher m = ENGLISH.matcher(text);
            if (m.find()) {
                problems.add(screen + ": \"" + m.group() + "\" in " + text);
            }
        }
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            if (labeled.getText() != null) {
                texts.add(labeled.getText());
            }
            Tooltip tip = labeled.getTooltip();
            if (tip != null && tip.getText() != null) {
                texts.add(tip.getText());
            }
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            texts.add(input.getPromptText());
        }
        if (node instanceof ListView<?> list) {
            // lists of sentences (histories); a combo box's list shows its items through a converter
            list.getItems().forEach(item -> {
                if (item instanceof String text) {
                    texts.add(text);
                }
            });
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> addColumn(c, texts));
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
