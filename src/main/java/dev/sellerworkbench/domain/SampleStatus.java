package dev.sellerworkbench.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/// The steps of a free sample (R-SA-1): requested → approved → shipped → delivered → content
/// posted, or no content. Content that arrives after a sample was marked "no content" still counts.
public enum SampleStatus {
    REQUESTED, APPROVED, SHIPPED, DELIVERED, CONTENT_POSTED, NO_CONTENT;

    /// The statuses a sample may move to from this one (R-SA-1): one step forward; a delivered
    /// sample ends with content or without; late content replaces "no content".
    public Set<SampleStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(SHIPPED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(CONTENT_POSTED, NO_CONTENT);
            case NO_CONTENT -> EnumSet.of(CONTENT_POSTED);
            case CONTENT_POSTED -> EnumSet.noneOf(SampleStatus.class);
        };
    }

    public boolean canMoveTo(SampleStatus to) {
        return next().contains(to);
    }

    /// Whether the sample has left the seller (shipped or any later step).
    public boolean sent() {
        return ordinal() >= SHIPPED.ordinal();
    }

    /// Reads `content-posted`, `Content posted`, `CONTENT_POSTED` alike.
    public static SampleStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }

    /// The file and command-line spelling: `content-posted`.
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
