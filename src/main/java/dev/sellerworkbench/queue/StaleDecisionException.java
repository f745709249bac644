package dev.sellerworkbench.queue;

import dev.sellerworkbench.domain.AuditEntry;
import java.util.Optional;

/// A decision made on what the user saw, after a colleague had already changed that application:
/// nothing was written. Carries the colleague's change (who, what, when) so the user can reload
/// or apply their decision on top of it.
public final class StaleDecisionException extends QueueException {

    private final long applicationId;
    private final transient AuditEntry lastChange;

    public StaleDecisionException(long applicationId, AuditEntry lastChange) {
        super("queue.error.changedMeanwhile", applicationId);
        this.applicationId = applicationId;
        this.lastChange = lastChange;
    }

    public long applicationId() {
        return applicationId;
    }

    /// The audit entry of the change that got there first, when the log has one.
    public Optional<AuditEntry> lastChange() {
        return Optional.ofNullable(lastChange);
    }
}
