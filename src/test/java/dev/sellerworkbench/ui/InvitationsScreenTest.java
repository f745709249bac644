package dev.sellerworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.invitations.InvitedRow;
import dev.sellerworkbench.ui.shell.MainWindowView;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// J2 step 4 in the window: per invited creator the WhatsApp link or the reason there is none
/// (R-IN-3, R-IN-4), opening the chat, checking a token (R-IN-2) and hiding contact (R-IN-1).
@ExtendWith(ApplicationExtension.class)
class InvitationsScreenTest {

    static final String VALID = "+84 912 345 678";

    Workspace workspace;
    final List<String> opened = new CopyOnWriteArrayList<>();
    Creator withNumber;
    Creator withoutNumber;
    PlanCreator member;

    @Start
    void start(Stage stage) throws Exception {
        workspace = UiTestSupport.demoWorkspace(200);
        long planId = workspace.plans().findByType(PlanType.TARGETED).getFirst().id();
        List<PlanCreator> members = workspace.plans().creators(planId);
        withoutNumber = withWhatsapp(members.get(0).creatorId(), null);
        withNumber = withWhatsapp(members.get(1).creatorId(), VALID);
        member = members.get(1);
        App.applyTheme(false);
        AppContext context = UiTestSupport.context(workspace, Locale.ENGLISH).withLinks(opened::add);
        context.preferences().setLastScreen("INVITATIONS");
        MainWindowView view = new MainWindowView(context);
        stage.setScene(new Scene(view.root(), 1000, 760));
        stage.show();
    }

    Creator withWhatsapp(long id, String number) {
        Creator c = workspace.creators().findById(id).orElseThrow();
        Creator changed = new Creator(c.id(), c.handle(), c.name(), c.region(), c.platformKey(), c.followers(), c.videos(),
                c.avgViews(), c.engagementBp(), c.gmv30d(), c.itemsSold(), c.productsPromoted(), c.categories(),
                c.contentTypes(), number, c.email(), c.audience(), c.level());
        workspace.creators().update(changed);
        return changed;
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    TableView<InvitedRow> table(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#invitationsScreen #table").query();
    }

    InvitedRow row(FxRobot robot, Creator creator) {
        return table(robot).getItems().stream().filter(r -> r.creator().equals(creator.displayHandle()))
                .findFirst().orElseThrow();
    }

    @Test
    void showsTheWhatsappLinkOfAValidNumberAndTheReasonForAMissingOne(FxRobot robot) throws Exception {
        assertEquals("wa.me/84912345678", row(robot, withNumber).whatsapp());
        assertEquals("No WhatsApp number", row(robot, withoutNumber).whatsapp());
        // what the table shows, not only what it holds
        assertFalse(robot.lookup(".table-cell").<javafx.scene.control.Labeled>match(
                c -> "wa.me/84912345678".equals(((javafx.scene.control.Labeled) c).getText())).queryAll().isEmpty());
        assertFalse(robot.lookup(".table-cell").<javafx.scene.control.Labeled>match(
                c -> "No WhatsApp number".equals(((javafx.scene.control.Labeled) c).getText())).queryAll().isEmpty());
        UiTestSupport.snapshot(table(robot).getScene(), "invitations");
    }

    @Test
    void openInWhatsappOpensTheChosenCreatorsChatWithTheirMessageAndNoHiddenEmail(FxRobot robot) {
        TableView<InvitedRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(row(robot, withNumber)));
        robot.clickOn("#openButton");
        try {
            UiTestSupport.snapshot(table.getScene(), "invitations-chosen");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size());
        String link = opened.getFirst();
        assertTrue(link.startsWith("https://wa.me/84912345678?text="), link);
        String message = URLDecoder.decode(link.substring(link.indexOf("?text=") + 6), StandardCharsets.UTF_8);
        String hiddenEmail = workspace.settings().get(SettingsRepository.EMAIL).orElseThrow();
        assertFalse(message.contains(hiddenEmail), message);
        TextArea shown = robot.lookup("#messageArea").query();
        assertEquals(shown.getText(), message);
    }

    @Test
    void openIsUnavailableForACreatorWithoutANumber(FxRobot robot) {
        TableView<InvitedRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(row(robot, withoutNumber)));
        assertTrue(robot.lookup("#openButton").queryButton().isDisabled());
        Label reason = robot.lookup("#whatsappLink").query();
        assertEquals("No WhatsApp number", reason.getText());
    }

    @Test
    void verifyFieldNamesTheCreatorAndPlanOfAPastedToken(FxRobot robot) {
        table(robot);
        robot.clickOn("#tokenField").write(member.token());
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label result = robot.lookup("#verifyResult").query();
        assertTrue(result.getText().startsWith("Valid: " + withNumber.displayHandle()), result.getText());
    }

    @Test
    void hidingTheWhatsappNumberTakesItOutOfThePreview(FxRobot robot) {
        table(robot);
        String number = workspace.settings().get(SettingsRepository.WHATSAPP).orElseThrow();
        robot.clickOn(robot.lookup(".tab").match(t -> t.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Message & contact")).<javafx.scene.Node>query());
        TextArea preview = robot.lookup("#previewArea").query();
        assertTrue(preview.getText().contains(number), preview.getText());
        try {
            UiTestSupport.snapshot(preview.getScene(), "invitations-message");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        robot.clickOn("#whatsappHidden");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.getText().contains(number), preview.getText());
    }

    /// R-IN-5: copying a creator's message is sending it; the row says *Sent* and the workspace
    /// keeps the channel, with one entry in the outreach log (R-OUT-1).
    @Test
    void copyMessageMarksTheInvitationSent(FxRobot robot) {
        TableView<InvitedRow> table = table(robot);
        long planId = member.planId();
        PlanCreator waiting = workspace.plans().creators(planId).stream()
                .filter(pc -> pc.status() == InvitationStatus.NOT_SENT).findFirst().orElseThrow();
        InvitedRow row = table.getItems().stream().filter(r -> r.invitation().creatorId() == waiting.creatorId())
                .findFirst().orElseThrow();
        assertEquals("Not sent", row.status());
        robot.interact(() -> table.getSelectionModel().select(row));
        int logged = workspace.outreach().count();

        robot.clickOn("#copyMessageButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        InvitedRow now = table.getItems().stream().filter(r -> r.invitation().creatorId() == waiting.creatorId())
                .findFirst().orElseThrow();
        assertEquals("Sent", now.status());
        PlanCreator stored = workspace.plans().creators(planId).stream()
                .filter(pc -> pc.creatorId() == waiting.creatorId()).findFirst().orElseThrow();
        assertEquals(InvitationStatus.SENT, stored.status());
        assertEquals("MESSAGE", stored.sentChannel());
        // R-OUT-1: exactly one outreach entry, to that creator for that plan
        assertEquals(logged + 1, workspace.outreach().count());
        var entry = workspace.outreach().latest(1).getFirst();
        assertEquals(waiting.creatorId(), entry.creatorId());
        assertEquals(planId, entry.planId());
        assertEquals("MESSAGE", entry.channel());
    }
}
