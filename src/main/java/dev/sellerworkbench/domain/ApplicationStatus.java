package dev.sellerworkbench.domain;

import java.util.Locale;

/// The states of an application to an Open plan (R-AP-1).
public enum ApplicationStatus {
    PENDING, APPROVED, REJECTED, EXPIRED;

    public static ApplicationStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
