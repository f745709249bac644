package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.Region;

/// One application as the queue shows it, with the raw values its filters and sorts use. `reason`
/// is the standing rejection's reason and `note` the application's note, "" when there is none.
public record ApplicationRow(Application application, String creator, String level, String followers, String fit, String product,
                             String plan, String rate, String rateExplanation, String applied, String expiresIn, Region region, Integer levelValue,
                             boolean declining, long followerCount, Level creatorLevel, String reason, String note) {

    public long id() {
        return application.id();
    }
}
