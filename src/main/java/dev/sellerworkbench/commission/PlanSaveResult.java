package dev.sellerworkbench.commission;

import java.util.List;

/// What saving or publishing a plan did: the plan's id when written, or the problems that stopped it
/// (then nothing was written).
public record PlanSaveResult(long planId, List<PlanProblem> problems) {

    public PlanSaveResult {
        problems = List.copyOf(problems);
    }

    public static PlanSaveResult saved(long planId) {
        return new PlanSaveResult(planId, List.of());
    }

    public static PlanSaveResult refused(long planId, List<PlanProblem> problems) {
        return new PlanSaveResult(planId, problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
