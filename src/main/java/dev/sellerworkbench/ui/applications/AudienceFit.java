package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.TargetAudience;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// How a creator's audience fits the seller's target audience (R-AP-5): each part of the target
/// (a gender share, an age band share) with the creator's figure and whether it is met.
final class AudienceFit {

    private AudienceFit() {
    }

    static String describe(Audience audience, TargetAudience target, Messages messages) {
        if (audience == null || !audience.known()) {
            return messages.get("applications.fit.unknown");
        }
        if (target == null || target.isEmpty()) {
            Gender major = audience.dominantGender();
            return messages.get("applications.fit.share", audience.shareOf(major) / 100,
                    messages.get("applications.fit.gender." + major.name().toLowerCase(Locale.ROOT)));
        }
        List<String> parts = new ArrayList<>();
        boolean met = true;
        if (target.gender() != null) {
            int share = Math.floorDiv(audience.shareOf(target.gender().gender()), 100);
            boolean ok = target.gender().minPercent() == null ? audience.dominantGender() == target.gender().gender()
                    : share >= target.gender().minPercent();
            met &= ok;
            parts.add(messages.get("applications.fit.share", shown(share),
                    messages.get("applications.fit.gender." + target.gender().gender().name().toLowerCase(Locale.ROOT))));
        }
        if (target.age() != null) {
            int share = Math.floorDiv(audience.ages()[target.age().band()], 100);
            boolean ok = target.age().minPercent() == null ? audience.dominantAgeBand() == target.age().band()
                    : share >= target.age().minPercent();
            met &= ok;
            parts.add(messages.get("applications.fit.share", shown(share), Audience.AGE_BANDS[target.age().band()]));
        }
        return (met ? "✓ " : "✗ ") + String.join(", ", parts);
    }

    /// An unstated share (-1 after [Math#floorDiv]) meets no minimum and is shown as "—".
    private static Object shown(int share) {
        return share < 0 ? "—" : share;
    }
}
