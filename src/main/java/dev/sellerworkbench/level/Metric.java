package dev.sellerworkbench.level;

/// A figure the level rules look at, with the name a profile uses for it in JSON.
public enum Metric {
    /// Monthly (TikTok) or 30-day (Douyin) GMV, in the profile's currency.
    GMV("gmv", Bound.AT_LEAST),
    /// Days on which the creator promoted affiliate products (R-LV-2).
    ACTIVE_DAYS("activeDays", Bound.AT_LEAST),
    /// Distinct products promoted (product selection, R-LV-1).
    PRODUCTS("products", Bound.AT_LEAST),
    /// 30-day daily average reputation score, 0–5 (R-LV-5).
    REPUTATION("reputation", Bound.AT_LEAST),
    /// Credit points deducted over 30 days (R-LV-5).
    CREDIT_DEDUCTED("creditDeducted", Bound.AT_MOST),
    /// Good-product GMV ÷ GMV in hundredths of a percent (R-LV-7).
    GOOD_PRODUCT_SHARE("goodProductShare", Bound.AT_LEAST);

    /// Whether a rule asks for at least or at most the limit.
    public enum Bound { AT_LEAST, AT_MOST }

    private final String code;
    private final Bound bound;

    Metric(String code, Bound bound) {
        this.code = code;
        this.bound = bound;
    }

    public String code() {
        return code;
    }

    public Bound bound() {
        return bound;
    }

    /// The metric a profile names, or null when the name is unknown.
    public static Metric fromCode(String code) {
        for (Metric m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        return null;
    }
}
