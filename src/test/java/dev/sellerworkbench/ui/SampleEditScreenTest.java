package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.domain.Sample;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.ConflictBar;
import dev.sellerworkbench.ui.samples.SampleRow;
import dev.sellerworkbench.ui.samples.SamplesView;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/// Editing a sample's details on the Samples screen (R-SA-1): tracking number, cost and a step's
/// date saved on the version shown, seen in the table and the audit log; a save on a version a
/// colleague replaced writes nothing and shows the conflict bar, and reapply keeps both changes.
@ExtendWith(ApplicationExtension.class)
class SampleEditScreenTest {

    static Workspace workspace;
    static Samples samples;
    AppContext context;
    SamplesView view;

    @BeforeAll
    static void open() throws Exception {
        workspace = Workspace.open(Files.createTempDirectory("sw-sample-edit"));
        workspace.settings().put(SettingsRepository.CURRENCY, "VND");
        workspace.settings().put(SettingsRepository.TIME_ZONE, UiTestSupport.ZONE.getId());
        workspace.products().saveAll(List.of(new Product("p1", "Serum dưỡng ẩm", "Beauty", Money.of("199000", "VND"),
                ProductStatus.LIVE)));
        samples = new Samples(workspace, UiTestSupport.CLOCK);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        App.applyTheme(false);
        context = UiTestSupport.context(workspace, Locale.ENGLISH);
        view = new SamplesView(context);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
        view.activate();
    }

    /// A shipped sample of p1 for a new creator: GHN, GHN1, 150000 VND.
    static long shipped(String handle) {
        long creator = workspace.creators().insert(new Creator(0, handle, "Name " + handle, Region.VN, null, 1000, 1,
                1, 1, Money.of("0", "VND"), 0, 0, List.of(), EnumSet.noneOf(ContentType.class), null, null,
                Audience.UNKNOWN, null));
        long id = samples.add(creator, "p1", null, Money.of("150000", "VND"), null, "lan");
        samples.setStatus(List.of(id), Map.of(), SampleStatus.APPROVED, Samples.Step.NOW, "lan");
        samples.setStatus(List.of(id), Map.of(), SampleStatus.SHIPPED, new Samples.Step(null, "GHN", "GHN1", null),
                "lan");
        return id;
    }

    /// Reads the rows again (the sample was added after the screen opened) and selects `id`'s.
    void select(FxRobot robot, long id) {
        TableView<SampleRow> table = robot.lookup("#table").query();
        robot.interact(() -> {
            view.viewModel().load();
            SampleRow row = table.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    SampleRow row(FxRobot robot, long id) {
        TableView<SampleRow> table = robot.lookup("#table").query();
        return table.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).query();
        robot.interact(() -> input.setText(text));
    }

    @Test
    void editedTrackingCostAndDateShowInTheTableAndTheAudit(FxRobot robot) {
        long id = shipped("edited");
        select(robot, id);
        TextField tracking = robot.lookup("#editTracking").query();
        assertEquals("GHN1", tracking.getText(), "the form shows the selected sample");
        assertTrue(robot.lookup("#editDateDELIVERED").queryAs(TextField.class).isDisabled(),
                "not delivered yet: no delivery date to give");

        type(robot, "#editTracking", "GHN999");
        type(robot, "#editCost", "90000");
        type(robot, "#editDateSHIPPED", "2026-11-23"); // the day it was approved, hours earlier: allowed
        robot.clickOn("#editSave");
        WaitForAsyncUtils.waitForFxEvents();

        SampleRow row = row(robot, id);
        assertEquals("GHN GHN999", row.tracking());
        assertEquals(context.formats().money(Money.of("90000", "VND")), row.cost());
        Sample saved = workspace.samples().findById(id).orElseThrow();
        assertEquals(LocalDate.parse("2026-11-23").atStartOfDay(UiTestSupport.ZONE).toInstant(), saved.shippedAt(),
                "a day alone is its start in the seller's zone");
        assertEquals("Details saved.", robot.lookup("#editFeedback").queryAs(Label.class).getText());
        AuditEntry last = workspace.audit().forEntity(Samples.ENTITY, String.valueOf(id)).getLast();
        assertEquals("edit", last.action());
        assertTrue(last.note().contains("tracking_number: GHN1 → GHN999"), last.note());
        assertTrue(last.note().contains("cost: 150000 → 90000"), last.note());
        assertFalse(last.note().contains("carrier"), "only what changed is named: " + last.note());
    }

    @Test
    void editOnAVersionAColleagueReplacedShowsTheConflictBarAndReapplies(FxRobot robot) {
        long id = shipped("contested");
        select(robot, id);
        Sample seen = workspace.samples().findById(id).orElseThrow();
        new Samples(workspace, UiTestSupport.CLOCK).save(new Sample(seen.id(), seen.creatorId(), seen.productId(),
                seen.planId(), seen.status(), seen.requestedAt(), seen.approvedAt(), seen.shippedAt(), null, null, null,
                seen.carrier(), seen.trackingNumber(), null, seen.cost(), "fragile", seen.version()), "hanh");

        type(robot, "#editCarrier", "VTP");
        robot.clickOn("#editSave");
        WaitForAsyncUtils.waitForFxEvents();

        ConflictBar bar = robot.lookup("#editConflict").query();
        assertTrue(bar.isVisible(), "the colleague saved first");
        Label text = robot.from(bar).lookup(".label").query();
        assertTrue(text.getText().startsWith("hanh changed this sample"), text.getText());
        assertEquals("GHN", workspace.samples().findById(id).orElseThrow().carrier(), "nothing written");

        robot.clickOn(robot.from(bar).lookup(".button").nth(1).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        Sample now = workspace.samples().findById(id).orElseThrow();
        assertEquals("VTP", now.carrier(), "my change, reapplied");
        assertEquals("fragile", now.note(), "on top of the colleague's");
        assertFalse(bar.isVisible());
        assertEquals("VTP GHN1", row(robot, id).tracking());
    }
}
