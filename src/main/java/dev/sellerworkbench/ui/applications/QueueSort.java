package dev.sellerworkbench.ui.applications;

import java.util.Comparator;

/// The queue's sorts: newest applications first, most followers first, highest level first.
public enum QueueSort {
    APPLIED(Comparator.comparing((ApplicationRow r) -> r.application().appliedAt()).reversed()),
    FOLLOWERS(Comparator.comparingLong(ApplicationRow::followerCount).reversed()),
    LEVEL(Comparator.comparing((ApplicationRow r) -> r.levelValue() == null ? -1 : r.levelValue()).reversed());

    private final Comparator<ApplicationRow> comparator;

    QueueSort(Comparator<ApplicationRow> comparator) {
        this.comparator = comparator.thenComparing(r -> r.application().id());
    }

    public Comparator<ApplicationRow> comparator() {
        return comparator;
    }
}
