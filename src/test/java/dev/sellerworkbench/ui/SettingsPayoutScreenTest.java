package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Order;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.settings.SettingsCatalogue;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.insights.InsightsViewModel;
import dev.sellerworkbench.ui.insights.PayoutDayRow;
import dev.sellerworkbench.ui.insights.PeriodChoice;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The settings the engines read, set in the Settings window: after-sales days for Vietnam give
/// its orders pay days in the payout calendar (R-ST-2); a value the catalogue refuses keeps Save off.
@ExtendWith(ApplicationExtension.class)
class SettingsPayoutScreenTest {

    static final String VN = SettingsCatalogue.afterSales(Region.VN);

    Workspace workspace;
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = UiTestSupport.demoWorkspace(40);
        workspace.settings().remove(VN); // the demo sets one; a new Vietnamese shop has none
        Instant delivered = LocalDateTime.parse("2026-11-01T12:00").atZone(Region.VN.zone()).toInstant();
        workspace.orders().saveAll(List.of(new Order(0, "VN-PAY-1", "SVN-PAY-1", "P1", "linh", Region.VN, 1,
                Money.of("200000", "VND"), new Rate(1_000), null, null, "Completed", delivered.minusSeconds(86_400),
                delivered, false, null, null, "Video")));
        context = UiTestSupport.context(workspace, Locale.ENGLISH);
        context.preferences().setLastScreen("SETTINGS");
        context.preferences().setLanguage(Locale.ENGLISH);
        context.preferences().put("insights.period", PeriodChoice.LAST_30_DAYS.name());
        stage.setScene(new Scene(new MainWindowView(context).root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    List<PayoutDayRow> vietnamesePayDays(InsightsViewModel insights) {
        return insights.payouts().days().stream()
                .filter(day -> day.lines().stream().anyMatch(l -> l.region() == Region.VN)).toList();
    }

    /// Insights' view-model over the same workspace, loaded on the FX thread as the screen loads it.
    InsightsViewModel payouts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            InsightsViewModel insights = new InsightsViewModel(context.workspace(), context.services().settlement(),
                    context.services().insights(), context.tasks(), context.messages(), context.formats(),
                    context.clock(), context.preferences());
            insights.choiceProperty().set(PeriodChoice.LAST_30_DAYS);
            insights.load();
            return insights;
        }).get();
    }

    @Test
    void afterSalesDaysForVietnamSetInSettingsGiveVietnamesePayDays(FxRobot robot) throws Exception {
        InsightsViewModel before = payouts();
        assertTrue(vietnamesePayDays(before).isEmpty());
        assertTrue(before.payouts().notConfiguredProperty().get().contains("VN"), before.payouts().notConfiguredProperty().get());

        TextField vn = robot.lookup("#afterSalesVN").queryAs(TextField.class);
        assertEquals("", vn.getText(), "asked for, not guessed");
        robot.interact(() -> vn.setText("7"));
        robot.interact(() -> robot.lookup("#save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("7", workspace.settings().get(VN, "?"));

        InsightsViewModel after = payouts();
        List<PayoutDayRow> days = vietnamesePayDays(after);
        assertFalse(days.isEmpty(), "Vietnamese orders have pay days now");
        // delivered 1 Nov + 7 days, paid on the day after
        assertTrue(days.stream().anyMatch(d -> d.day().equals(LocalDate.of(2026, 11, 9))
                && d.lines().stream().anyMatch(l -> l.order().orderId().equals("VN-PAY-1"))));
        assertFalse(after.payouts().notConfiguredProperty().get().contains("VN"), after.payouts().notConfiguredProperty().get());
    }

    @Test
    void aValueTheCatalogueRefusesKeepsSaveOffAndSaysWhy(FxRobot robot) {
        TextField vn = robot.lookup("#afterSalesVN").queryAs(TextField.class);
        robot.interact(() -> vn.setText("-3"));
        assertTrue(robot.lookup("#save").queryButton().isDisabled());
        String why = robot.lookup("#problem").queryAs(Label.class).getText();
        assertEquals("After-sales days, VN: a whole number from 0 to 90.", why);
        robot.interact(() -> vn.setText(""));
        assertFalse(robot.lookup("#save").queryButton().isDisabled(), "empty: not configured, as before");
        assertFalse(workspace.settings().get(VN).isPresent());
    }

    @Test
    void regionCurrencyAndZoneArePickedFromTheSupportedOnes(FxRobot robot) {
        ComboBox<?> region = robot.lookup("#region").queryComboBox();
        ComboBox<?> currency = robot.lookup("#currency").queryComboBox();
        ComboBox<?> zone = robot.lookup("#timeZone").queryComboBox();
        assertFalse(region.isEditable() || currency.isEditable() || zone.isEditable(), "no free text");
        assertEquals(SettingsCatalogue.get(SettingsCatalogue.REGION).choices(), region.getItems());
        assertEquals(SettingsCatalogue.get(SettingsCatalogue.CURRENCY).choices(), currency.getItems());
        assertTrue(zone.getItems().contains("Asia/Ho_Chi_Minh") && zone.getItems().contains("Europe/London"));
        assertEquals("VN", region.getValue());
        assertEquals("Asia/Ho_Chi_Minh", zone.getValue());
    }

    @Test
    void theTargetAudiencePickedInTheWindowIsStoredAsTheRecommenderReadsIt(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#audienceGender").<String>queryComboBox().setValue("male");
            robot.lookup("#audienceGenderShare").queryAs(TextField.class).setText("55");
            robot.lookup("#audienceAge").<String>queryComboBox().setValue("25-34");
            robot.lookup("#audienceAgeShare").queryAs(TextField.class).setText("");
            robot.lookup("#rateCeiling").<String>queryComboBox().setValue("80");
        });
        robot.interact(() -> robot.lookup("#save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("male:55,25-34", workspace.settings().get(SettingsCatalogue.TARGET_AUDIENCE, "?"));
        assertEquals("8000", workspace.settings().get(dev.sellerworkbench.store.SettingsRepository.MAX_RATE_BP, "?"));
    }
}
