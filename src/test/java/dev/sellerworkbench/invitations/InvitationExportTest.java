package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.exchange.InvitationExport;
import dev.sellerworkbench.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// All invitations of a plan at once (R-IN-3): CSV and printable page, safe to open (R-EX-6),
/// without hidden contact (R-IN-1) or creator levels (R-CR-4), skipped creators reported (R-IN-4).
class InvitationExportTest {

    @TempDir
    Path dir;
    InvitationFixture fixture;
    InvitationExport.Result result;
    byte[] csvBytes;
    String csv;
    String html;

    @BeforeEach
    void export() throws Exception {
        fixture = new InvitationFixture(dir.resolve("ws"));
        PlanInvitations plan = fixture.invitations().forPlan(fixture.planId);
        result = new InvitationExport(Messages.forLocale(Locale.ENGLISH)).write(plan, dir.resolve("out"));
        csvBytes = Files.readAllBytes(result.csv());
        csv = new String(csvBytes, StandardCharsets.UTF_8);
        html = Files.readString(result.html(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void csvStartsWithAByteOrderMark() {
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csvBytes[0], csvBytes[1], csvBytes[2]));
        assertTrue(csv.contains("Nguyễn Thị Linh"), "diacritics survive");
    }

    @Test
    void hiddenEmailIsAbsentFromCsvAndPage() {
        assertFalse(csv.contains(InvitationFixture.HIDDEN_EMAIL));
        assertFalse(html.contains(InvitationFixture.HIDDEN_EMAIL));
        assertTrue(html.contains(InvitationFixture.VISIBLE_WHATSAPP), "the visible contact is there, so the check means something");
    }

    @Test
    void noCreatorLevelAppearsAnywhereInTheExport() {
        for (long id : new long[] {fixture.linh, fixture.oldNumber, fixture.noNumber, fixture.formula}) {
            Level level = fixture.ws.creators().findById(id).orElseThrow().level();
            assertTrue(level.rated());
            assertFalse(csv.contains(level.label()), "CSV shows " + level.label());
            assertFalse(html.contains(level.label()), "page shows " + level.label());
        }
        Pattern anyLevel = Pattern.compile("\\bL[0-8]\\b|level", Pattern.CASE_INSENSITIVE);
        assertFalse(anyLevel.matcher(csv).find());
        assertFalse(anyLevel.matcher(html).find());
    }

    @Test
    void cellStartingWithEqualsIsNeutralised() {
        assertTrue(csv.contains("'=HYPERLINK("), csv);
        assertFalse(csv.contains(",=HYPERLINK(") || csv.contains(",\"=HYPERLINK("), csv);
        assertEquals("'-1", InvitationExport.formulaSafe("-1"));
        assertEquals("'@x", InvitationExport.formulaSafe("@x"));
        assertEquals("'+1", InvitationExport.formulaSafe("+1"));
    }

    @Test
    void oneRowPerCreatorWithWhatsappLinkInvitationLinkAndStatus() {
        String[] lines = csv.substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("handle,name,language,status,whatsapp_link,invitation_link"), lines[0]);
        assertTrue(csv.contains("\r\nlinh.beauty,Nguyễn Thị Linh,vi,Not sent,https://wa.me/84912345678?text="), csv);
        assertFalse(csv.contains("'@"), "handles are written bare, not neutralised into '@handle");
        assertTrue(csv.contains("https://affiliate.example/plan/9003?invite="));
        assertEquals(4, result.invitations());
    }

    @Test
    void creatorsWithoutAValidNumberAreSkippedWithTheirReason() {
        assertEquals(List.of("@old.number", "@siti.glow"),
                result.skipped().stream().map(InvitationExport.Skipped::handle).sorted().toList());
        assertTrue(result.skipped().stream().anyMatch(s -> s.reason().contains("0323456789")), result.skipped().toString());
        assertTrue(result.skipped().stream().anyMatch(s -> s.reason().equals("No WhatsApp number")));
        assertTrue(html.contains("Without a WhatsApp link (2)"), "the page lists them too");
    }

    @Test
    void printablePageHasOneQrCodePerLinkedCreator() {
        assertEquals(2, Pattern.compile("<svg ").matcher(html).results().count());
        assertTrue(html.contains("Chào Nguyễn Thị Linh!"), "the message is on the page");
    }
}
