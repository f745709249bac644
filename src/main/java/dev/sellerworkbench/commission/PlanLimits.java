package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Rate;

/// The limits a plan is checked against. The seed's rules are the defaults; the upper rate bound and
/// the creators per targeted plan are settings, since the platform's API has moved past the seed
/// (rates up to 80%, R-PLAN-3; creator limit, R-PLAN-8).
public record PlanLimits(Rate minRate, Rate maxRate, int maxReasonChars, int maxTargetedPlans, int maxTargetedCreators) {

    public static final Rate MIN_RATE = Rate.ofBasisPoints(100);
    public static final Rate DEFAULT_MAX_RATE = Rate.ofBasisPoints(5_000);
    /// The platform's API takes 100..8000; no setting can go beyond it.
    public static final Rate CEILING = Rate.ofBasisPoints(8_000);
    public static final int MAX_REASON_CHARS = 500;
    public static final int MAX_TARGETED_PLANS = 50;
    public static final int DEFAULT_MAX_TARGETED_CREATORS = 30;

    public static PlanLimits defaults() {
        return new PlanLimits(MIN_RATE, DEFAULT_MAX_RATE, MAX_REASON_CHARS, MAX_TARGETED_PLANS,
                DEFAULT_MAX_TARGETED_CREATORS);
    }

    /// The limits with the seller's settings applied (null: not set); a rate outside 1%..80% is held
    /// to that range, a creator limit below one falls back to the default.
    public static PlanLimits withSettings(Integer maxRateBp, Integer maxTargetedCreators) {
        int maxBp = maxRateBp == null ? DEFAULT_MAX_RATE.basisPoints() : maxRateBp;
        maxBp = Math.max(MIN_RATE.basisPoints(), Math.min(CEILING.basisPoints(), maxBp));
        int creators = maxTargetedCreators == null ? DEFAULT_MAX_TARGETED_CREATORS : maxTargetedCreators;
        return new PlanLimits(MIN_RATE, Rate.ofBasisPoints(maxBp), MAX_REASON_CHARS, MAX_TARGETED_PLANS,
                creators < 1 ? DEFAULT_MAX_TARGETED_CREATORS : creators);
    }

    public PlanLimits withMaxRate(Rate max) {
        return new PlanLimits(minRate, max, maxReasonChars, maxTargetedPlans, maxTargetedCreators);
    }

    public PlanLimits withMaxTargetedCreators(int max) {
        return new PlanLimits(minRate, maxRate, maxReasonChars, maxTargetedPlans, max);
    }
}
