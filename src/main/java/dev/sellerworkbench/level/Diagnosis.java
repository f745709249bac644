package dev.sellerworkbench.level;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/// What stands between a creator and the next level up (R-LV-3), or why there is no level
/// (R-LV-5). Stored in `creator_level.diagnosis` in a compact form ([#encode()]) so that a
/// million rows stay small and the text can be shown later in any interface language.
///
/// @param kind        what the diagnosis is about
/// @param targetLevel the next level up (NEXT_LEVEL), the level held (TOP), else null
/// @param items       the unmet requirements (NEXT_LEVEL, GATE)
/// @param anyOf       true when meeting any one item is enough (Douyin's two scores)
/// @param detail      for NOT_APPLICABLE: what could not be compared ("currency", "region", "stats")
/// @param args        for NOT_APPLICABLE: values for the message (e.g. "VND", "CNY")
public record Diagnosis(Kind kind, Integer targetLevel, List<Requirement> items, boolean anyOf, String detail,
                        List<String> args) {

    public enum Kind {
        /// Rated; items are what falls short for `targetLevel`.
        NEXT_LEVEL('N'),
        /// Rated at the profile's top level.
        TOP('T'),
        /// Unrated: items are the failed gate conditions (R-LV-5).
        GATE('G'),
        /// The figures could not be judged by this profile (region or currency not covered).
        NOT_APPLICABLE('X');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        static Kind of(char code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("Unknown diagnosis kind " + code);
        }
    }

    public Diagnosis {
        items = List.copyOf(items);
        args = List.copyOf(args);
    }

    public static Diagnosis next(int targetLevel, List<Requirement> items, boolean anyOf) {
        return new Diagnosis(Kind.NEXT_LEVEL, targetLevel, items, anyOf, null, List.of());
    }

    public static Diagnosis top(int level) {
        return new Diagnosis(Kind.TOP, level, List.of(), false, null, List.of());
    }

    public static Diagnosis gate(List<Requirement> failed) {
        return new Diagnosis(Kind.GATE, null, failed, false, null, List.of());
    }

    public static Diagnosis notApplicable(String detail, String... args) {
        return new Diagnosis(Kind.NOT_APPLICABLE, null, List.of(), false, detail, List.of(args));
    }

    /// `N5*;gmv:41200000/50000000:VND;activeDays:9/12` — kind, target level, `*` for any-of,
    /// then one `metric:actual/limit[:currency]` per item; `X;currency;VND;CNY` for NOT_APPLICABLE.
    public String encode() {
        StringBuilder sb = new StringBuilder(64);
        sb.append(kind.code);
        if (targetLevel != null) {
            sb.append(targetLevel);
        }
        if (anyOf) {
            sb.append('*');
        }
        if (kind == Kind.NOT_APPLICABLE) {
            sb.append(';').append(detail);
            for (String arg : args) {
                sb.append(';').append(arg);
            }
            return sb.toString();
        }
        for (Requirement r : items) {
            sb.append(';').append(r.metric().code()).append(':').append(r.actual().stripTrailingZeros().toPlainString())
                    .append('/').append(r.limit().stripTrailingZeros().toPlainString());
            if (r.currency() != null) {
                sb.append(':').append(r.currency());
            }
        }
        return sb.toString();
    }

    /// Reads what [#encode()] wrote; null for null or blank text.
    ///
    /// @throws IllegalArgumentException when the text is not a diagnosis
    public static Diagnosis decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(";", -1);
        String head = parts[0];
        Kind kind = Kind.of(head.charAt(0));
        boolean anyOf = head.endsWith("*");
        String digits = head.substring(1, anyOf ? head.length() - 1 : head.length());
        Integer target = digits.isEmpty() ? null : Integer.valueOf(digits);
        if (kind == Kind.NOT_APPLICABLE) {
            List<String> args = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                args.add(parts[i]);
            }
            return new Diagnosis(kind, target, List.of(), anyOf, parts.length > 1 ? parts[1] : "", args);
        }
        List<Requirement> items = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] fields = parts[i].split(":");
            Metric metric = Metric.fromCode(fields[0]);
            if (metric == null || fields.length < 2) {
                throw new IllegalArgumentException("Not a diagnosis item: " + parts[i]);
            }
            int slash = fields[1].indexOf('/');
            items.add(new Requirement(metric, new BigDecimal(fields[1].substring(0, slash)),
                    new BigDecimal(fields[1].substring(slash + 1)), fields.length > 2 ? fields[2] : null));
        }
        return new Diagnosis(kind, target, items, anyOf, null, List.of());
    }
}
