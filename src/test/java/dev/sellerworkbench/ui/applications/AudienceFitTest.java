package dev.sellerworkbench.ui.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.TargetAudience;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AudienceFitTest {

    static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    static final TargetAudience TARGET = TargetAudience.parse("female:60,18-24:30");

    @Test
    void anAudienceMeetingEveryPartOfTheTargetFits() {
        // R-AP-5: the queue shows each applicant's audience fit to the seller's target audience.
        Audience audience = new Audience(7200, 2700, 100, 3100, 4100, 1800, 700, 300);
        assertEquals("✓ 72% female, 31% 18-24", AudienceFit.describe(audience, TARGET, EN));
    }

    @Test
    void oneShareBelowTheTargetDoesNotFit() {
        Audience audience = new Audience(5500, 4400, 100, 3100, 4100, 1800, 700, 300);
        assertEquals("✗ 55% female, 31% 18-24", AudienceFit.describe(audience, TARGET, EN));
    }

    @Test
    void anUnknownAudienceSaysSo() {
        assertEquals("audience unknown", AudienceFit.describe(Audience.UNKNOWN, TARGET, EN));
    }
}
