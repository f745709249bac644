package dev.sellerworkbench.samples;

import dev.sellerworkbench.domain.AuditEntry;
import java.util.Optional;

/// A change made on what the user saw after a colleague had already changed that sample: nothing
/// was written. Carries the colleague's change (who, what, when) from the audit log.
public final class StaleSampleException extends SampleException {

    private final long sampleId;
    private final transient AuditEntry lastChange;

    public StaleSampleException(long sampleId, AuditEntry lastChange) {
        super("samples.error.changedMeanwhile", sampleId,
                lastChange == null ? "?" : lastChange.actor(), lastChange == null ? "?" : lastChange.at());
        this.sampleId = sampleId;
        this.lastChange = lastChange;
    }

    public long sampleId() {
        return sampleId;
    }

    /// The audit entry of the change that got there first, when the log has one.
    public Optional<AuditEntry> lastChange() {
        return Optional.ofNullable(lastChange);
    }
}
