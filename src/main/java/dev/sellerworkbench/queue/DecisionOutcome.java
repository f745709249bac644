package dev.sellerworkbench.queue;

import dev.sellerworkbench.domain.ApplicationStatus;
import java.time.Instant;
import java.util.List;

/// A decision as saved: each application's state before and its version after, so that it can
/// be undone exactly (and only while nobody changed those rows since).
public record DecisionOutcome(Decision decision, Instant at, String actor, List<Change> changes) {

    /// One row's change: what it was before and the version the decision left it at.
    public record Change(long applicationId, ApplicationStatus fromStatus, boolean fromRemoved, Instant fromDecidedAt,
                         String fromNote, ApplicationStatus toStatus, int versionAfter) {
    }

    public int count() {
        return changes.size();
    }
}
