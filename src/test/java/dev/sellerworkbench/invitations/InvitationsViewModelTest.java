package dev.sellerworkbench.invitations;

import dev.sellerworkbench.ui.AppContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.invitations.InvitationsViewModel;
import dev.sellerworkbench.ui.invitations.InvitedRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Invitations screen's view-model on its own (no window): export with the skipped summary
/// (R-IN-3, R-IN-4), copying, and a per-creator language override.
class InvitationsViewModelTest {

    @TempDir
    Path dir;
    InvitationFixture fixture;
    final List<String> clipboard = new ArrayList<>();
    InvitationsViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new InvitationFixture(dir.resolve("ws"));
        AppContext c = UiTestSupport.context(fixture.ws, Locale.ENGLISH);
        viewModel = new InvitationsViewModel(c.workspace(), c.services().plans(), c.services().collaborations(),
                c.services().search(), c.services().invitations(), c.tasks(), c.messages(), c.formats(), c.clock(),
                c.links(), c.outreachCounter(), clipboard::add);
        viewModel.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    InvitedRow row(long creatorId) {
        return viewModel.invited().stream().filter(r -> r.invitation().creatorId() == creatorId).findFirst().orElseThrow();
    }

    @Test
    void exportWritesTheFilesAndSummarisesEachSkippedCreatorWithTheReason() {
        viewModel.export(dir.resolve("out"));
        String summary = viewModel.exportSummaryProperty().get();
        assertTrue(Files.exists(dir.resolve("out").resolve("invitations-Tết 2027.csv")));
        assertTrue(Files.exists(dir.resolve("out").resolve("invitations-Tết 2027.html")));
        assertTrue(summary.contains("2 without a WhatsApp link:"), summary);
        assertTrue(summary.contains("@old.number — Old 11-digit number 0162 345 6789 (before 2018); "
                + "the new number is probably 0323456789"), summary);
        assertTrue(summary.contains("@siti.glow — No WhatsApp number"), summary);
    }

    @Test
    void copyMessagePutsTheChosenCreatorsMessageOnTheClipboard() {
        viewModel.currentProperty().set(row(fixture.linh));
        viewModel.copyMessageCommand().execute();
        assertEquals(List.of(row(fixture.linh).invitation().message()), clipboard);
        assertEquals("Copied to the clipboard", viewModel.noticeProperty().get());
    }

    @Test
    void choosingAnotherLanguageRewritesTheMessageAndIsKept() {
        viewModel.currentProperty().set(row(fixture.linh));
        viewModel.languageProperty().set(Locale.forLanguageTag("id"));
        assertTrue(viewModel.messageProperty().get().startsWith("Halo Nguyễn Thị Linh!"), viewModel.messageProperty().get());
        assertEquals("Bahasa Indonesia", row(fixture.linh).language());
        assertEquals("id", fixture.ws.plans().creatorLanguages(fixture.planId).get(fixture.linh));
    }

    @Test
    void savingAnEditedTemplateAndAHiddenNumberRewritesTheChosenCreatorsMessage() {
        viewModel.currentProperty().set(row(fixture.linh));
        var pane = viewModel.messageContact();
        pane.templateLanguageProperty().set(Locale.forLanguageTag("vi"));
        pane.templateProperty().set("Xin chào {creator}: {link}\nLiên hệ: {contact}");
        pane.whatsappHiddenProperty().set(true);
        assertTrue(pane.previewProperty().get().startsWith("Xin chào Nguyễn Thị Linh: https://"), pane.previewProperty().get());
        pane.saveCommand().execute();

        String message = viewModel.messageProperty().get();
        assertTrue(message.startsWith("Xin chào Nguyễn Thị Linh: https://"), message);
        assertFalse(message.contains("Liên hệ"), "every channel hidden: no contact line (R-IN-1)");
        assertEquals(fixture.linh, viewModel.currentProperty().get().invitation().creatorId(), "the chosen creator stays chosen");
        assertTrue(fixture.ws.settings().getBoolean(dev.sellerworkbench.store.SettingsRepository.WHATSAPP_HIDDEN, false));
    }
}
