package dev.sellerworkbench.domain;

import java.util.Locale;

/// How a creator promotes: LIVE, short video, or only sharing product links (R-CR-1).
public enum ContentType {
    LIVE("live"), VIDEO("video"), LINK("link");

    private final String code;

    ContentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ContentType parse(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (ContentType type : values()) {
            if (type.code.equals(lower) || type.name().equalsIgnoreCase(lower)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown content type: " + text);
    }
}
