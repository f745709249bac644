package dev.sellerworkbench.domain;

/// Who follows a creator, in hundredths of a percent (R-CR-2). Gender shares sum to 10000 and so
/// do age bands, unless the profile is unknown (all zero).
public record Audience(int femaleBp, int maleBp, int otherBp,
                       int age18to24Bp, int age25to34Bp, int age35to44Bp, int age45to54Bp, int age55PlusBp) {

    public static final Audience UNKNOWN = new Audience(0, 0, 0, 0, 0, 0, 0, 0);
    public static final String[] AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55+"};

    public Audience {
        int gender = femaleBp + maleBp + otherBp;
        int ages = age18to24Bp + age25to34Bp + age35to44Bp + age45to54Bp + age55PlusBp;
        if (gender != 0 && gender != 10_000) {
            throw new IllegalArgumentException("Gender shares sum to " + gender / 100.0 + "%, not 100%");
        }
        if (ages != 0 && ages != 10_000) {
            throw new IllegalArgumentException("Age shares sum to " + ages / 100.0 + "%, not 100%");
        }
    }

    public boolean known() {
        return femaleBp + maleBp + otherBp > 0;
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

    public int shareOf(Gender gender) {
        return switch (gender) {
            case FEMALE -> femaleBp;
            case MALE -> maleBp;
            case OTHER -> otherBp;
        };
    }
}
