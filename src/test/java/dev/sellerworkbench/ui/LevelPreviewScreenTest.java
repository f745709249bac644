package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.MonthlyStats;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.applications.ApplicationRow;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// R-LV-10: the Find Creators detail and the pane beside the queue show one preview, the same
/// text for the same creator, with the projection's month and the legend of the `*` badge.
@ExtendWith(ApplicationExtension.class)
class LevelPreviewScreenTest {

    static Workspace workspace;

    @BeforeAll
    static void demo() throws Exception {
        workspace = UiTestSupport.demoWorkspace(300);
        // figures of the current month for every applicant, so each has a projection for next month
        YearMonth month = YearMonth.now(UiTestSupport.CLOCK);
        List<MonthlyStats> figures = new ArrayList<>();
        for (long id : workspace.applications().findInStatuses(Set.of(ApplicationStatus.PENDING)).stream()
                .map(Application::creatorId).collect(Collectors.toCollection(java.util.TreeSet::new))) {
            Creator c = workspace.creators().findById(id).orElseThrow();
            String currency = c.region().currency();
            figures.add(new MonthlyStats(id, month, Money.of(String.valueOf(1_000 + id * 37), currency), 9, 4,
                    new BigDecimal("4.60"), 0, Money.of("0", currency)));
        }
        workspace.stats().saveAll(figures);
    }

    @AfterAll
    static void close() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("CREATORS");
        stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T find(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    @Test
    void findCreatorsDetailShowsTheSamePreviewAsTheQueue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CreatorRow> creators = find(robot, "#findCreators #table");
        Set<Long> listed = creators.getItems().stream().map(CreatorRow::id).collect(Collectors.toSet());

        robot.clickOn("#nav-applications");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ApplicationRow> queue = find(robot, "#applicationsScreen #table");
        int row = -1;
        for (int i = 0; i < queue.getItems().size() && row < 0; i++) {
            if (listed.contains(queue.getItems().get(i).application().creatorId())) {
                row = i;
            }
        }
        assertTrue(row >= 0, "an applicant is listed in Find Creators");
        int chosen = row;
        long creatorId = queue.getItems().get(chosen).application().creatorId();
        robot.interact(() -> {
            queue.requestFocus();
            queue.getSelectionModel().select(chosen);
            queue.getFocusModel().focus(chosen);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String inQueue = ((Label) find(robot, "#applicationsScreen #levelPreviewText")).getText();

        robot.clickOn("#nav-creators");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int i = 0; i < creators.getItems().size(); i++) {
                if (creators.getItems().get(i).id() == creatorId) {
                    creators.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label detail = find(robot, "#findCreators #levelPreviewText");
        assertNotNull(detail);

        assertEquals(inQueue, detail.getText());
        String next = YearMonth.now(UiTestSupport.CLOCK).plusMonths(1).toString();
        assertTrue(inQueue.startsWith("Current level: "), inQueue);
        assertTrue(inQueue.contains("Projected for " + next + " ("), inQueue);
        assertFalse(inQueue.contains("No diagnosis"), inQueue);
        assertFalse(inQueue.contains(";gmv") || inQueue.contains("N" + 5 + ";"), inQueue);
        Label legend = find(robot, "#findCreators #levelPreviewLegend");
        assertTrue(legend.getText().startsWith("L5* = projected"), legend.getText());
    }
}
