package dev.sellerworkbench.outreach;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// What the outreach log tells staff (R-OUT-1): which sent invitations are due a follow-up
/// (R-OUT-3) and how much of the week's outreach limit is used (R-OUT-4).
public final class Outreach {

    /// Days after the latest outreach that an unanswered invitation is due a follow-up (R-OUT-3).
    public static final String FOLLOW_UP_DAYS = "outreach.followUpDays";
    public static final int DEFAULT_FOLLOW_UP_DAYS = 3;
    /// Outreach entries a week allows; unset: no limit (R-OUT-4).
    public static final String WEEKLY_LIMIT = "outreach.weeklyLimit";

    /// An invitation sent and not answered: its plan, creator, latest outreach and whole days since.
    public record FollowUp(Plan plan, PlanCreator member, Creator creator, Instant lastOutreach, long daysWaiting) {
    }

    /// This week's outreach (Monday 00:00 in the seller's zone onward) and the limit, null when none.
    public record Week(int sent, Integer limit, Instant from) {

        /// True when `more` entries would take the week past its limit.
        public boolean wouldPass(int more) {
            return limit != null && sent + more > limit;
        }
    }

    private final Workspace workspace;
    private final Clock clock;

    public Outreach(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /// The follow-up days from Settings, else [#DEFAULT_FOLLOW_UP_DAYS].
    public int followUpDays() {
        return Math.max(1, workspace.settings().getInt(FOLLOW_UP_DAYS, DEFAULT_FOLLOW_UP_DAYS));
    }

    /// Sent invitations of running targeted plans with no answer [#followUpDays] days or more after
    /// their latest outreach, the longest waiting first (R-OUT-3).
    public List<FollowUp> followUps() {
        Instant now = clock.instant();
        ZoneId zone = workspace.settings().timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Duration wait = Duration.ofDays(followUpDays());
        List<FollowUp> due = new ArrayList<>();
        Map<Long, Creator> creators = new HashMap<>();
        for (Plan plan : workspace.plans().findByType(PlanType.TARGETED)) {
            if (plan.status() != PlanStatus.PUBLISHED || (plan.endDate() != null && plan.endDate().isBefore(today))) {
                continue;
            }
            Map<Long, Instant> last = null;
            for (PlanCreator member : workspace.plans().creators(plan.id())) {
                if (member.status() != InvitationStatus.SENT) {
                    continue;
                }
                if (last == null) {
                    last = workspace.outreach().lastContacted(plan.id());
                }
                Instant logged = last.get(member.creatorId());
                Instant latest = logged == null || (member.sentAt() != null && member.sentAt().isAfter(logged))
                        ? member.sentAt() : logged;
                if (latest == null || latest.plus(wait).isAfter(now)) {
                    continue;
                }
                Creator creator = creators.computeIfAbsent(member.creatorId(),
                        id -> workspace.creators().findById(id).orElse(null));
                if (creator != null) {
                    due.add(new FollowUp(plan, member, creator, latest, Duration.between(latest, now).toDays()));
                }
            }
        }
        due.sort(Comparator.comparing(FollowUp::lastOutreach).thenComparing(f -> f.creator().handle()));
        return due;
    }

    /// The week's count against the limit (R-OUT-4).
    public Week week() {
        ZoneId zone = workspace.settings().timeZone();
        Instant from = clock.instant().atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        String limit = workspace.settings().get(WEEKLY_LIMIT).map(String::strip).orElse("");
        Integer max = null;
        try {
            max = limit.isEmpty() ? null : Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            // the catalogue accepts only numbers; anything else stored by hand counts as no limit
        }
        return new Week(workspace.outreach().countSince(from), max, from);
    }
}
