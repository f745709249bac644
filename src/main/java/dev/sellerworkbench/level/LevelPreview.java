package dev.sellerworkbench.level;

import dev.sellerworkbench.service.CreatorLevels;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/// R-LV-10: one creator's preview, the same wherever it is shown (Find Creators, the queue, the
/// plan editor): the current level with its month (R-LV-11), next month's projection with its
/// month, what the projection rests on or what it misses, and the benefits gained or lost.
///
/// It is consistent by construction: the projected month is the month after the current level's,
/// so never a month with an official level; a promotion lists what reaches it, never unmet
/// items; a drop lists what keeping the current level misses.
///
/// @param current          the current level and its month; null when the creator has none
/// @param profile          the profile that judged the figures (the creator's own, R-LV-12)
/// @param nextMonth        the month after the current level's (or after the newest figures)
/// @param figuresMonth     the month of the figures judged; null when the creator has none
/// @param evaluation       the verdict on those figures; null when there are none
/// @param forNextMonth     true when the figures are those of the month before `nextMonth`, so
///                         `evaluation` is next month's projection; false when only older figures
///                         exist (then nothing is projected and `evaluation` says what they reach)
/// @param holds            requirements met by the projected level (a promotion or a level kept)
/// @param missing          requirements not met: for `missingFor` (the next level up, or the
///                         current level on a drop), or the failed rating gate when `missingFor` is null
/// @param missingFor       the level `missing` is about, or null
/// @param gained           benefit ids held at the projected level and not at the current one
/// @param lost             benefit ids held now and not at the projected level (R-LV-9)
/// @param editableDefaults whether the profile's thresholds are defaults (say so beside a projection)
public record LevelPreview(CurrentLevel current, String profile, YearMonth nextMonth, YearMonth figuresMonth,
                           Evaluation evaluation, boolean forNextMonth, List<Requirement> holds,
                           List<Requirement> missing, Integer missingFor, List<String> gained, List<String> lost,
                           boolean editableDefaults) {

    public LevelPreview {
        holds = List.copyOf(holds);
        missing = List.copyOf(missing);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    /// The figures of the month before `nextMonth` judged by `profile`.
    ///
    /// @param figures    what the profile asks of the figures, per level (see [LevelProfile#requirementsFor])
    public static LevelPreview of(CurrentLevel current, YearMonth nextMonth, YearMonth figuresMonth,
                           Evaluation evaluation, boolean forNextMonth, LevelProfile profile,
                           java.util.function.IntFunction<List<Requirement>> figures) {
        List<Requirement> holds = List.of();
        List<Requirement> missing = List.of();
        Integer missingFor = null;
        List<String> gained = List.of();
        List<String> lost = List.of();
        Diagnosis d = evaluation.diagnosis();
        boolean judged = d == null || d.kind() != Diagnosis.Kind.NOT_APPLICABLE;
        if (!forNextMonth) {
            // Older figures only: what they reach and what they miss for the level above.
            if (judged && evaluation.rated()) {
                holds = figures.apply(evaluation.level());
            }
            if (d != null && (d.kind() == Diagnosis.Kind.NEXT_LEVEL || d.kind() == Diagnosis.Kind.GATE)) {
                missing = d.items();
                missingFor = d.kind() == Diagnosis.Kind.GATE ? null : d.targetLevel();
            }
            return new LevelPreview(current, profile.id(), nextMonth, figuresMonth, evaluation, false, holds,
                    missing, missingFor, gained, lost, profile.editableDefaults());
        }
        if (judged) {
            Integer now = current == null ? null : current.level().value();
            List<String> held = profile.benefitsAt(now);
            List<String> next = profile.benefitsAt(evaluation.level());
            List<String> g = new ArrayList<>(next);
            g.removeAll(held);
            List<String> l = new ArrayList<>(held);
            l.removeAll(next);
            gained = g;
            lost = l;
            int direction = direction(now, evaluation.level());
            if (!evaluation.rated()) {
                missing = d == null ? List.of() : d.items(); // the failed gate (R-LV-5)
            } else if (direction > 0) {
                holds = figures.apply(evaluation.level()); // what reaches it; nothing unmet on a promotion
            } else if (direction == 0) {
                holds = figures.apply(evaluation.level());
                if (d != null && d.kind() == Diagnosis.Kind.NEXT_LEVEL) {
                    missing = d.items();
                    missingFor = d.targetLevel();
                }
            } else {
                missing = figures.apply(now).stream().filter(r -> !r.met()).toList();
                missingFor = now;
            }
        }
        return new LevelPreview(current, profile.id(), nextMonth, figuresMonth, evaluation, true, holds, missing,
                missingFor, gained, lost, profile.editableDefaults());
    }

    /// Whether the figures were judged by the profile at all (R-LV-12).
    public boolean judged() {
        return evaluation != null && (evaluation.diagnosis() == null
                || evaluation.diagnosis().kind() != Diagnosis.Kind.NOT_APPLICABLE);
    }

    /// Up (1), down (-1) or unchanged (0), comparing next month's projection with the current
    /// level (unrated counts as below L0, no level as below that); 0 without a projection.
    public int direction() {
        if (!forNextMonth || !judged()) {
            return 0;
        }
        return direction(current == null ? null : current.level().value(), evaluation.level());
    }

    private static int direction(Integer now, Integer then) {
        int a = now == null ? -1 : now;
        int b = then == null ? -1 : then;
        return Integer.compare(b, a);
    }
}
