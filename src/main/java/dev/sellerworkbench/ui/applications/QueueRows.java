package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.commission.Resolution;
import dev.sellerworkbench.commission.Rule;
import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.ui.common.Formats;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;

/// One tab of the approval queue read as the table shows it: the page the queue service reads
/// (at most `cap` rows, with every tab's count) turned into rows with names, levels, audience fit,
/// the rate that applies and the time left (R-AP-1, R-AP-3). Runs off the FX thread.
final class QueueRows {

    record Loaded(Map<ApplicationStatus, Long> counts, List<ApplicationRow> rows) {
    }

    private final ApprovalQueue queue;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final int cap;
    private volatile String lastMark = "";

    QueueRows(ApprovalQueue queue, Messages messages, Formats formats, Clock clock, int cap) {
        this.queue = queue;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.cap = cap;
    }

    /// Whether the queue changed since the last read, judged by the store's change mark.
    boolean changedSince(String mark) {
        return !mark.equals(lastMark);
    }

    Loaded read(ApplicationStatus status) {
        ApprovalQueue.Page page = queue.page(status, cap);
        lastMark = page.changeMark();
        List<ApplicationRow> result = new ArrayList<>();
        for (Application a : page.applications()) {
            result.add(row(a, page.creators().get(a.creatorId()), page.products().get(a.productId()),
                    page.plans().get(a.planId()), page.rates().get(a.id()), page.target(), page.expiryDays(),
                    page.reasons().get(a.id())));
        }
        return new Loaded(page.counts(), result);
    }

    private ApplicationRow row(Application a, Creator c, Product p, Plan plan, Resolution rate, TargetAudience target,
                               int expiryDays, String reason) {
        String expiresIn = "";
        if (a.status() == ApplicationStatus.PENDING) {
            Duration left = Duration.between(clock.instant(), a.appliedAt().plus(Duration.ofDays(expiryDays)));
            expiresIn = left.isNegative() ? messages.get("applications.expiresNow")
                    : messages.get("applications.expiresIn", left.toDays(), left.toHoursPart());
        }
        boolean declining = c != null && c.level() != null && c.level().declining();
        return new ApplicationRow(a,
                c == null ? "#" + a.creatorId() : c.displayHandle() + " · " + c.name(),
                c == null || c.level() == null ? "—" : c.level().label()
                        + (c.level().kind() == dev.sellerworkbench.domain.LevelKind.PROJECTED ? "*" : "")
                        + (declining ? " ↓" : ""),
                c == null ? "" : formats.compact(c.followers()),
                c == null ? "" : AudienceFit.describe(c.audience(), target, messages),
                p == null ? a.productId() : p.title(),
                plan == null ? "" : plan.name(),
                rate.earns() ? formats.percentBp(rate.rate().basisPoints())
                        + (rate.rule() == Rule.TARGETED_ACCEPTED ? " ★" : "") : "—",
                rate.withCreator(c == null ? "#" + a.creatorId() : c.displayHandle())
                        .explain(messages, formats.zone()),
                formats.dateTime(a.appliedAt()), expiresIn,
                c == null ? null : c.region(),
                c == null || c.level() == null ? null : c.level().value(),
                declining, c == null ? 0 : c.followers(), c == null ? null : c.level(),
                a.status() == ApplicationStatus.REJECTED && reason != null ? reason : "",
                a.note() == null ? "" : a.note());
    }

    /// Merges a fresh read into the rows on screen in place: rows decided elsewhere leave, changed
    /// ones are replaced where they stand, new ones come last. Returns the selected applications
    /// still shown, to select again, or null when nothing changed.
    static Set<Long> merge(ObservableList<ApplicationRow> all, List<ApplicationRow> fresh,
                           List<ApplicationRow> selection) {
        Map<Long, ApplicationRow> byId = new java.util.LinkedHashMap<>();
        fresh.forEach(r -> byId.put(r.id(), r));
        boolean same = all.size() == fresh.size() && all.stream().allMatch(r -> {
            ApplicationRow now = byId.get(r.id());
            return now != null && now.application().version() == r.application().version();
        });
        if (same) {
            return null;
        }
        java.util.Set<Long> selected = selection.stream().map(ApplicationRow::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        all.removeIf(r -> !byId.containsKey(r.id()));
        for (int i = 0; i < all.size(); i++) {
            ApplicationRow now = byId.remove(all.get(i).id());
            if (now.application().version() != all.get(i).application().version()) {
                all.set(i, now);
            }
        }
        all.addAll(byId.values());
        selected.retainAll(all.stream().map(ApplicationRow::id).toList());
        return Set.copyOf(selected);
    }

    /// Offers in `list` the names of `rows`, sorted, and always `chosen`; the list is left alone
    /// when it already says so.
    static void offerNames(ObservableList<String> list, List<ApplicationRow> rows,
                           Function<ApplicationRow, String> name, String chosen) {
        TreeSet<String> names = new TreeSet<>(rows.stream().map(name).toList());
        if (chosen != null) {
            names.add(chosen);
        }
        if (!list.equals(List.copyOf(names))) {
            list.setAll(names);
        }
    }
}
