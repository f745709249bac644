package dev.sellerworkbench.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/// The commission bundle speaks every interface language with the same keys.
class CommissionMessagesTest {

    private static final List<String> SUFFIXES = List.of("", "_vi", "_id", "_zh_CN", "_zh_TW");

    private static Set<String> keys(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CommissionMessagesTest.class.getResourceAsStream(
                "/dev/sellerworkbench/i18n/commission" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyLanguageHasTheSameKeys() throws Exception {
        Set<String> english = keys("");
        for (String suffix : SUFFIXES) {
            assertEquals(english, keys(suffix), "commission" + suffix);
        }
    }

    @Test
    void everyEngineKeyIsTranslated() {
        List<String> used = List.of("commission.problem.tooManyCreators", "commission.problem.creatorHoldsProduct",
                "commission.explain.targeted", "commission.explain.none", "commission.explain.revoked",
                "commission.pending.RATE_CHANGED", "commission.pending.CREATOR_REMOVED", "commission.payout.notConfigured");
        for (Locale locale : Messages.LANGUAGES) {
            Messages messages = Messages.forLocale(locale);
            for (String key : used) {
                assertTrue(messages.has(key), key + " in " + locale);
            }
            for (Rule rule : Rule.values()) {
                assertTrue(messages.has("commission.rule." + rule.name()), rule + " in " + locale);
            }
            for (PayoutStatus status : PayoutStatus.values()) {
                assertTrue(messages.has("commission.payout." + status.name()), status + " in " + locale);
            }
        }
    }

    @Test
    void vietnameseProblemIsVietnamese() {
        String text = Messages.forLocale(Locale.forLanguageTag("vi")).get("commission.problem.rateZero");

        assertEquals("Không được đặt tỷ lệ hoa hồng 0%.", text);
    }
}
