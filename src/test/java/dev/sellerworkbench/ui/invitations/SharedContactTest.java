package dev.sellerworkbench.ui.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.invitations.MessageFacts;
import dev.sellerworkbench.invitations.MessageSettings;
import dev.sellerworkbench.invitations.SellerContact;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.TestDatabases;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.Preferences;
import dev.sellerworkbench.ui.ScreenHost;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Two desktops (two workspace handles on one team database) edit the seller's contact and
/// templates from forms read at the same moment (R-IN-7): a stale form never un-hides the
/// contact, a save over a colleague's change is refused naming them and when, and neither
/// desktop's change is lost without a word.
class SharedContactTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Instant LINH_AT = Instant.parse("2026-11-23T02:40:00Z");
    static final Instant MAI_AT = Instant.parse("2026-11-23T02:45:00Z");

    Workspace linhDesk;
    Workspace maiDesk;
    Desktop linh;
    Desktop mai;

    /// One staff member's "Message & contact" pane, its background work queued until [#run].
    static final class Desktop {
        final Queue<Runnable> queued = new ArrayDeque<>();
        final Workspace workspace;
        final String staff;
        final MessageContactViewModel pane;
        final Formats formats = new Formats(Locale.ENGLISH, UiTestSupport.ZONE);

        Desktop(Workspace workspace, String staff, Instant at) {
            this.workspace = workspace;
            this.staff = staff;
            Clock clock = Clock.fixed(at, UiTestSupport.ZONE);
            AppContext context = new AppContext(workspace, TaskRunner.using(queued::add, Runnable::run),
                    Messages.forLocale(Locale.ENGLISH), formats, clock, Preferences.forTest("shared-contact"), ScreenHost.NONE);
            pane = new MessageContactViewModel(context.tasks(), context.messages(), context.formats(),
                    new Invitations(workspace, clock),
                    new SimpleObjectProperty<MessageFacts>(), () -> { });
            pane.load();
            run();
        }

        /// Runs what the pane queued, as this staff member (both handles are on one computer here).
        void run() {
            workspace.settings().putStaffName(staff);
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }

        void save() {
            pane.saveCommand().execute();
            run();
        }
    }

    @BeforeEach
    void open() {
        WorkspaceAddress.Team team = TestDatabases.newDatabase();
        linhDesk = Workspace.open(team, TestDatabases.credentials());
        maiDesk = Workspace.open(team, TestDatabases.credentials());
        MessageSettings shop = new MessageSettings(linhDesk, Clock.fixed(LINH_AT.minusSeconds(3600), UiTestSupport.ZONE));
        MessageSettings.Loaded empty = shop.load();
        assertTrue(shop.save(empty, empty.form().withContact(new SellerContact("+84901234567", false, "shop@huong.vn", false)))
                .ok());
        linh = new Desktop(linhDesk, "Linh", LINH_AT);
        mai = new Desktop(maiDesk, "Mai", MAI_AT);
    }

    @AfterEach
    void close() {
        maiDesk.close();
        linhDesk.close();
    }

    SellerContact stored() {
        return SellerContact.load(linhDesk.settings());
    }

    @Test
    void aStaleFormSavesItsOwnEditAndCannotUnhideTheContact() {
        linh.pane.emailHiddenProperty().set(true);
        linh.save();
        assertEquals("Saved", linh.pane.statusProperty().get());

        // Mai's form still shows the email visible; she edits only the Vietnamese template
        assertFalse(mai.pane.emailHiddenProperty().get());
        mai.pane.templateLanguageProperty().set(VI);
        mai.pane.templateProperty().set("Chào {creator}: {link}\n{contact}");
        mai.save();

        assertEquals("", mai.pane.conflictProperty().get());
        assertTrue(stored().emailHidden(), "Linh's hidden email stays hidden");
        assertEquals("Chào {creator}: {link}\n{contact}", maiDesk.settings().get("invitations.template.vi", ""));
        assertTrue(mai.pane.emailHiddenProperty().get(), "Mai's form now shows what is stored");
        assertEquals("Linh", linhDesk.audit().latest("setting", SettingsRepository.EMAIL_HIDDEN).orElseThrow().actor());
        assertEquals("Mai", linhDesk.audit().latest("setting", "invitations.template.vi").orElseThrow().actor());
    }

    @Test
    void aSaveOverAColleaguesChangeIsRefusedNamingThemAndReapplyKeepsTheirHide() {
        linh.pane.emailProperty().set("linh@huong.vn");
        linh.pane.emailHiddenProperty().set(true);
        linh.save();

        mai.pane.emailProperty().set("mai@huong.vn");
        mai.pane.whatsappProperty().set("+84907654321");
        mai.save();

        String conflict = mai.pane.conflictProperty().get();
        assertEquals("Linh changed \"Email\" at " + mai.formats.dateTime(LINH_AT) + " while you were editing. Nothing was "
                + "saved; reload to see their values, or reapply your changes on top of theirs.", conflict);
        assertEquals(new SellerContact("+84901234567", false, "linh@huong.vn", true), stored(), "nothing of Mai's was written");
        assertFalse(mai.pane.saveCommand().executableProperty().get(), "reload or reapply first");
        assertEquals("mai@huong.vn", mai.pane.emailProperty().get(), "her edit stays on screen");

        mai.pane.reapplyAfterConflict();
        mai.run();
        assertEquals("", mai.pane.conflictProperty().get());
        assertEquals(new SellerContact("+84907654321", false, "mai@huong.vn", true), stored(),
                "Mai's edits on top of Linh's: the email stays hidden");
        assertEquals("Mai", linhDesk.audit().latest("setting", SettingsRepository.EMAIL).orElseThrow().actor());
    }

    @Test
    void reloadAfterAConflictShowsTheColleaguesForm() {
        linh.pane.emailProperty().set("linh@huong.vn");
        linh.pane.emailHiddenProperty().set(true);
        linh.save();
        mai.pane.emailHiddenProperty().set(true); // the same switch, on a form read before Linh's save
        mai.save();
        assertTrue(mai.pane.conflictProperty().get().startsWith("Linh changed \"Email: hide from creators\""),
                mai.pane.conflictProperty().get());

        mai.pane.reloadAfterConflict();
        mai.run();
        assertEquals("", mai.pane.conflictProperty().get());
        assertTrue(mai.pane.emailHiddenProperty().get());
        assertEquals("linh@huong.vn", mai.pane.emailProperty().get());
        assertTrue(mai.pane.saveCommand().executableProperty().get());
    }
}
