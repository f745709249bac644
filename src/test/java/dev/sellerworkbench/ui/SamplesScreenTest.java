package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.samples.SampleRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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

/// The Samples screen at 1280×800: add a sample, mark it approved, shipped (undo once) and delivered,
/// and find it in the overdue view once the clock has moved 14 days (R-SA-1, R-SA-2).
@ExtendWith(ApplicationExtension.class)
class SamplesScreenTest {

    /// The app's clock, moved by the test.
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-02T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return UiTestSupport.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    static Workspace workspace;

    /// Opened before the window's setup, whose time is bounded.
    @BeforeAll
    static void open() throws Exception {
        workspace = Workspace.open(Files.createTempDirectory("sw-samples-ui"));
        workspace.settings().put(SettingsRepository.CURRENCY, "VND");
        workspace.products().saveAll(List.of(new Product("p1", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"),
                ProductStatus.LIVE)));
        workspace.creators().insert(new Creator(0, "lan.anh", "Lan Anh", Region.VN, null, 1000, 1, 1, 1,
                Money.of("0", "VND"), 0, 0, List.of(), EnumSet.noneOf(ContentType.class), null, null,
                Audience.UNKNOWN, null));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AppContext context = new AppContext(workspace, TaskRunner.direct(), messages,
                new Formats(messages.getLocale(), UiTestSupport.ZONE), clock, Preferences.forTest("ui-samples"),
                ScreenHost.NONE);
        context.preferences().setLastScreen("SAMPLES");
        stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
        stage.show();
    }

    void moveSelectedTo(FxRobot robot, SampleStatus status) {
        TableView<SampleRow> table = robot.lookup("#samplesScreen #table").query();
        ComboBox<SampleStatus> moveTo = robot.lookup("#moveTo").query();
        robot.interact(() -> {
            table.getSelectionModel().selectAll();
            moveTo.setValue(status);
        });
        robot.clickOn("#applyButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deliveredSampleWithoutContentShowsAsOverdueFourteenDaysLater(FxRobot robot) {
        TableView<SampleRow> table = robot.lookup("#samplesScreen #table").query();
        ComboBox<Product> product = robot.lookup("#addProduct").query();
        javafx.scene.control.TextField creator = robot.lookup("#addCreator").query();
        javafx.scene.control.TextField cost = robot.lookup("#addCost").query();
        robot.interact(() -> {
            creator.setText("@lan.anh");
            product.getSelectionModel().select(0);
            cost.setText("150000");
        });
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        SampleRow added = table.getItems().getFirst();
        assertEquals("Lan Anh (@lan.anh)", added.creator(), "names, not ids");
        assertEquals("Serum dưỡng ẩm", added.product());
        assertEquals("Requested", added.status());
        assertEquals("—", added.earnedGmv(), "not delivered: what it earned is not known yet");

        moveSelectedTo(robot, SampleStatus.APPROVED);
        javafx.scene.control.TextField carrier = robot.lookup("#carrier").query();
        robot.interact(() -> carrier.setText("GHN"));
        moveSelectedTo(robot, SampleStatus.SHIPPED);
        assertEquals("Shipped", table.getItems().getFirst().status());
        assertEquals("GHN", table.getItems().getFirst().sample().carrier());
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Approved", table.getItems().getFirst().status(), "undo puts the sample back");
        moveSelectedTo(robot, SampleStatus.SHIPPED);
        clock.now = clock.now.plus(Duration.ofDays(2));
        moveSelectedTo(robot, SampleStatus.DELIVERED);
        assertEquals("Delivered", table.getItems().getFirst().status());

        CheckBox overdue = robot.lookup("#overdueOnly").query();
        assertEquals("Delivered 14 days ago or more, no content yet", overdue.getText());
        robot.clickOn(overdue);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty(), "delivered just now: not overdue");

        clock.now = clock.now.plus(Duration.ofDays(14));
        robot.clickOn(overdue);
        robot.clickOn(overdue);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), "14 days after delivery with no content (R-SA-2)");
        assertEquals("Lan Anh (@lan.anh)", table.getItems().getFirst().creator());
    }
}
