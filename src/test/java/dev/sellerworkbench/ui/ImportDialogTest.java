package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.exchange.RejectedRow;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.importing.ImportDialogView;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// J6: a Seller Center orders export dropped on the window is previewed with its detected format,
/// imported, and the two bad rows are listed with their lines while the rest are saved.
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    Path dir;
    Workspace workspace;
    MainWindowView view;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(100);
        view = new MainWindowView(UiTestSupport.context(workspace, Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void droppedOrdersExportIsPreviewedImportedAndBadRowsListed(FxRobot robot) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("assets/samples/orders-seller-center.csv"), StandardCharsets.UTF_8);
        String header = lines.get(0);
        StringBuilder file = new StringBuilder(String.join("\n", lines)).append('\n');
        int good = lines.size() - 1;
        String goodRow = lines.get(1);
        // line good+2: the payment amount is not a number; line good+3: no order id
        file.append(goodRow.replaceFirst("^\\d+", "578099999999000001").replace(",12.99,", ",twelve,")).append('\n');
        file.append(goodRow.replaceFirst("^\\d+", "")).append('\n');
        Path export = dir.resolve("affiliate-orders.csv");
        Files.writeString(export, file.toString(), StandardCharsets.UTF_8);
        assertTrue(header.startsWith("Order ID"));
        long before = workspace.orders().count();

        ImportDialogView[] dialog = new ImportDialogView[1];
        robot.interact(() -> dialog[0] = view.openImport(export));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> preview = robot.lookup("#importDialog #preview").query();
        assertFalse(preview.getItems().isEmpty(), "the first rows are previewed");
        assertTrue(preview.getColumns().get(0).getText().startsWith("Order ID"), preview.getColumns().get(0).getText());
        Label format = robot.lookup("#importDialog #format").query();
        assertTrue(format.getText().startsWith("Detected format"), format.getText());

        robot.clickOn("#importDialog #importButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RejectedRow> rejected = robot.lookup("#importDialog #rejected").query();
        assertEquals(List.of((long) good + 2, (long) good + 3), rejected.getItems().stream().map(RejectedRow::line).toList());
        assertTrue(workspace.orders().count() > before, "the good rows were imported");
    }
}
