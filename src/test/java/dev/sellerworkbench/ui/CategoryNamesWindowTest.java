package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.exchange.ImportKind;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.creators.CreatorRow;
import dev.sellerworkbench.ui.settings.CategoryNamesViewModel;
import dev.sellerworkbench.ui.creators.FindCreatorsView;
import dev.sellerworkbench.ui.settings.CategoryNamesPane;
import javafx.scene.layout.HBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// R-EX-1 in the window: a category id with no shipped name, renamed in Settings → Category names,
/// is shown by that name in Find Creators' category filter and table, and picking the name filters.
@ExtendWith(ApplicationExtension.class)
class CategoryNamesWindowTest {

    static final String CREATORS = """
            {"code": 0, "data": {"creators": [
              {"creator_open_id": "OPEN-S", "username": "siti.skincare", "selection_region": "ID",
               "follower_count": 412000, "category_ids": ["601450", "999999"]},
              {"creator_open_id": "OPEN-B", "username": "budi.gadget", "selection_region": "ID",
               "follower_count": 90000, "category_ids": ["601450"]}
            ]}}
            """;

    static Workspace workspace;
    static AppContext context;
    CategoryNamesPane settings;
    FindCreatorsView creators;

    @BeforeAll
    static void importCreators() throws Exception {
        Path dir = Files.createTempDirectory("sw-category-names");
        workspace = Workspace.open(dir.resolve("ws"));
        context = UiTestSupport.context(workspace, Locale.ENGLISH);
        Path file = Files.writeString(dir.resolve("creators.json"), CREATORS);
        assertTrue(context.services().importer().run(ImportKind.CREATORS, file, true, Progress.NONE).rejected().isEmpty());
    }

    @Start
    void start(Stage stage) {
        // Settings' pane and the Find Creators screen side by side, as the window shows them in turn
        settings = new CategoryNamesPane(context);
        creators = new FindCreatorsView(context);
        stage.setScene(new Scene(new HBox(8, settings.root(), creators.root()), 1280, 800));
        stage.show();
        settings.activate();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void anUnknownIdRenamedInSettingsIsShownByThatNameInFindCreators(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CategoryNamesViewModel.Row> table = robot.lookup("#categoryTable").query();
        assertEquals("999999", table.getItems().getFirst().id(), "the id with no shipped name comes first");
        assertEquals("Category 999999", table.getItems().getFirst().shippedName());
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            robot.lookup("#categoryName").queryAs(TextField.class).setText("Pet Supplies");
            robot.lookup("#saveCategory").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pet Supplies", table.getItems().getFirst().ownName());

        robot.interact(creators::activate); // shown after Settings
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> category = robot.lookup("#category").query();
        assertTrue(category.getItems().contains("999999"), category.getItems().toString());
        assertEquals("Pet Supplies", category.getConverter().toString("999999"));
        assertEquals("Beauty & Personal Care", category.getConverter().toString("601450"));
        TableView<CreatorRow> rows = robot.lookup("#findCreators .table-view").query();
        assertTrue(rows.getItems().stream().anyMatch(r -> r.categories().equals("Beauty & Personal Care, Pet Supplies")),
                rows.getItems().stream().map(CreatorRow::categories).toList().toString());

        robot.interact(() -> category.setValue(category.getConverter().fromString("pet supplies")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("999999", category.getValue(), "the name picks the id the creators hold");
        assertEquals(1, rows.getItems().size());
        String query = robot.lookup("#searchText").queryAs(TextField.class).getText();
        assertTrue(query.contains("cat:\"Pet Supplies\""), query);
    }
}
