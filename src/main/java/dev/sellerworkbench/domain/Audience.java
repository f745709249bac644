package dev.sellerworkbench.domain;

/// Who follows a creator, in hundredths of a percent (R-CR-2). A share the source does not state
/// is [#UNSTATED] — never derived from the others: the platform's `major_gender` gives one share,
/// and the rest of 100% is not the other gender's. Stated gender shares sum to 10000 when all three
/// are stated, else to at most 10000; the same for age bands.
public record Audience(int femaleBp, int maleBp, int otherBp,
                       int age18to24Bp, int age25to34Bp, int age35to44Bp, int age45to54Bp, int age55PlusBp) {

    /// A share the source does not state (stored as NULL, shown as "—").
    public static final int UNSTATED = -1;
    public static final Audience UNKNOWN = new Audience(UNSTATED, UNSTATED, UNSTATED,
            UNSTATED, UNSTATED, UNSTATED, UNSTATED, UNSTATED);
    public static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55+"};

    public Audience {
        check("Gender", femaleBp, maleBp, otherBp);
        check("Age", age18to24Bp, age25to34Bp, age35to44Bp, age45to54Bp, age55PlusBp);
    }

    private static void check(String what, int... shares) {
        int sum = 0;
        boolean all = true;
        for (int s : shares) {
            if (s < UNSTATED || s > 10_000) {
                throw new IllegalArgumentException(what + " share out of range: " + s);
            }
            if (s == UNSTATED) {
                all = false;
            } else {
                sum += s;
            }
        }
        if (all && sum != 0 && sum != 10_000 || !all && sum > 10_000) {
            throw new IllegalArgumentException(what + " shares sum to " + sum / 100.0 + "%, not 100%");
        }
    }

    public static boolean stated(int share) {
        return share != UNSTATED;
    }

    /// Whether any gender share is stated and above zero.
    public boolean known() {
        return femaleBp > 0 || maleBp > 0 || otherBp > 0;
    }

    /// Whether any age share is stated and above zero.
    public boolean agesKnown() {
        return age18to24Bp > 0 || age25to34Bp > 0 || age35to44Bp > 0 || age45to54Bp > 0 || age55PlusBp > 0;
    }

    public int[] ages() {
        return new int[] {age18to24Bp, age25to34Bp, age35to44Bp, age45to54Bp, age55PlusBp};
    }

    /// Index into [#AGE_BANDS] of the largest band, or -1 when unknown.
    public int dominantAgeBand() {
        int[] ages = ages();
        int best = -1;
        int bestShare = 0;
        for (int i = 0; i < ages.length; i++) {
            if (ages[i] > bestShare) {
                best = i;
                bestShare = ages[i];
            }
        }
        return best;
    }

    public Gender dominantGender() {
        if (!known()) {
            return null;
        }
        if (femaleBp >= maleBp && femaleBp >= otherBp) {
            return Gender.FEMALE;
        }
        return maleBp >= otherBp ? Gender.MALE : Gender.OTHER;
    }

    /// The share of a gender, or [#UNSTATED]: a threshold (`shareOf(g) >= min`) never matches an
    /// unstated share.
    public int shareOf(Gender gender) {
        return switch (gender) {
            case FEMALE -> femaleBp;
            case MALE -> maleBp;
            case OTHER -> otherBp;
        };
    }
}
