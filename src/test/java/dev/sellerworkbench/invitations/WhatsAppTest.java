package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Region;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/// Click-to-chat links (R-IN-3) and numbers that cannot be linked (R-IN-4).
class WhatsAppTest {

    @Test
    void vietnameseNationalNumberBecomesInternationalDigitsInTheLink() {
        NumberCheck check = WhatsApp.check("0912 345 678", Region.VN);
        assertEquals("84912345678", check.digits());
        assertTrue(WhatsApp.link(check.digits(), "Chào bạn").startsWith("https://wa.me/84912345678?text="));
    }

    @Test
    void dashesAndPlusAreDroppedFromAnIndonesianNumber() {
        assertEquals("6281234567890", WhatsApp.check("+62 812-3456-7890", Region.ID).digits());
        assertEquals("6281234567890", WhatsApp.check("0812-3456-7890", Region.ID).digits());
    }

    @Test
    void messageWithReservedCharactersDiacriticsAndChineseRoundTrips() {
        String message = "Ưu đãi 15% & quà + mẫu thử? #Tết 2027 — 诚邀您加入 / 誠邀您加入\nhttps://a.example/p?x=1&y=2";
        String link = WhatsApp.link("84912345678", message);
        String encoded = link.substring(link.indexOf("?text=") + "?text=".length());
        assertFalse(encoded.contains(" ") || encoded.contains("+") || encoded.contains("&") || encoded.contains("#")
                || encoded.contains("?"), encoded);
        assertEquals(message, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }

    @Test
    void spacesAreEncodedAsPercentTwentyAndPlusAsPercentTwoB() {
        assertEquals("a%20%2B%20b", WhatsApp.encode("a + b"));
    }

    @Test
    void preTwentyEighteenElevenDigitVietnameseNumberIsReportedNotLinked() {
        NumberCheck check = WhatsApp.check("0162 345 6789", Region.VN);
        assertEquals(NumberProblem.OLD_VIETNAMESE, check.problem());
        assertNull(check.digits());
        assertEquals("0323456789", check.suggestion());
    }

    @Test
    void tooShortNumberIsReportedAsInvalid() {
        NumberCheck check = WhatsApp.check("12345", Region.ID);
        assertEquals(NumberProblem.INVALID, check.problem());
        assertFalse(check.linkable());
    }

    @Test
    void missingNumberIsReportedAsMissing() {
        assertEquals(NumberProblem.MISSING, WhatsApp.check("  ", Region.GB).problem());
        assertEquals(NumberProblem.MISSING, WhatsApp.check(null, Region.GB).problem());
    }
}
