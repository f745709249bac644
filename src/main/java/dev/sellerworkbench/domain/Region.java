package dev.sellerworkbench.domain;

import java.time.ZoneId;
import java.util.Locale;

/// A market the seller sells in, with its currency, time zone and the language creators there read.
public enum Region {
    VN("VND", "Asia/Ho_Chi_Minh", "vi"),
    ID("IDR", "Asia/Jakarta", "id"),
    TH("THB", "Asia/Bangkok", "en"),
    MY("MYR", "Asia/Kuala_Lumpur", "en"),
    PH("PHP", "Asia/Manila", "en"),
    SG("SGD", "Asia/Singapore", "en"),
    GB("GBP", "Europe/London", "en"),
    US("USD", "America/New_York", "en"),
    CN("CNY", "Asia/Shanghai", "zh-CN");

    private final String currency;
    private final ZoneId zone;
    private final String languageTag;

    Region(String currency, String zone, String languageTag) {
        this.currency = currency;
        this.zone = ZoneId.of(zone);
        this.languageTag = languageTag;
    }

    public String currency() {
        return currency;
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale creatorLocale() {
        return Locale.forLanguageTag(languageTag);
    }

    /// Parses "VN", "vn" or "UK" (an alias for GB); null for an unknown code.
    public static Region parse(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("UK")) {
            return GB;
        }
        for (Region region : values()) {
            if (region.name().equals(upper)) {
                return region;
            }
        }
        return null;
    }
}
