package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Find Creators' saved-searches menu (R-OUT-5) on a small shop: a search saved from the menu
/// says "N new matches since you last looked" once matching creators arrive, and opening it puts
/// its query back in the search box and resets the count.
@ExtendWith(ApplicationExtension.class)
class SavedSearchMenuTest {

    static Workspace workspace;

    @BeforeAll
    static void open() throws Exception {
        workspace = Workspace.open(Files.createTempDirectory("sw-saved-search"));
        insert("vn.one", Region.VN);
        insert("vn.two", Region.VN);
        insert("id.one", Region.ID);
    }

    @AfterAll
    static void close() {
        CreatorSearches.forget(workspace);
        workspace.close();
    }

    static long insert(String handle, Region region) {
        return workspace.creators().insert(new Creator(0, handle, "Name " + handle, region, null, 20_000, 10, 1000,
                300, Money.of("0", region.currency()), 0, 0, List.of("Beauty"), EnumSet.of(ContentType.VIDEO), null,
                null, Audience.UNKNOWN, null));
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        FindCreatorsView view = new FindCreatorsView(UiTestSupport.context(workspace, Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        view.activate();
    }

    /// The saved searches as the menu lists them, read afresh as opening the menu does.
    List<String> menu(FxRobot robot) {
        MenuButton button = robot.lookup("#savedSearches").query();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = new ArrayList<>();
        for (MenuItem item : button.getItems()) {
            if (item instanceof Menu saved) {
                labels.add(saved.getText());
            }
        }
        return labels;
    }

    @Test
    void savedSearchCountsNewMatchesUntilItIsOpened(FxRobot robot) {
        robot.clickOn("#searchText").write("region:VN").type(KeyCode.ENTER); // takes the offered "VN"
        assertEquals("region:VN", robot.lookup("#searchText").queryTextInputControl().getText(),
                "a completion replaces what was typed of it");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(), menu(robot), "nothing saved yet");
        robot.clickOn("Save this search…");
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("Vietnam"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Vietnam — 0 new matches since you last looked"), menu(robot),
                "what it matches when saved is what was seen");
        robot.type(KeyCode.ESCAPE);

        List<Long> arrived = List.of(insert("vn.three", Region.VN), insert("vn.four", Region.VN),
                insert("id.two", Region.ID));
        CreatorSearches.of(workspace).changed(arrived);
        assertEquals(List.of("Vietnam — 2 new matches since you last looked"), menu(robot),
                "two of the three new creators are in VN");

        robot.clickOn("Vietnam — 2 new matches since you last looked");
        robot.clickOn("Open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("region:VN", robot.lookup("#searchText").queryTextInputControl().getText());
        assertEquals(List.of("Vietnam — 0 new matches since you last looked"), menu(robot), "opened: seen again");
        robot.type(KeyCode.ESCAPE);
    }
}
