package dev.sellerworkbench.level;

import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.CreatorLevels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Levels, diagnoses and benefits as sentences in the interface language, from the `levels`
/// message bundle: "For L5: GMV 41,200,000 ₫ of 50,000,000 ₫; active days 9 of 12".
public final class LevelTexts {

    private static final Map<String, String> SYMBOLS = Map.of("VND", "₫", "IDR", "Rp", "GBP", "£", "USD", "$",
            "CNY", "¥", "THB", "฿", "MYR", "RM", "PHP", "₱", "SGD", "S$");

    private final Messages messages;

    public LevelTexts(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /// "L5", or "unrated" when the level has no value (R-LV-5).
    public String value(Integer level) {
        return level == null ? messages.get("levels.unrated") : messages.get("levels.value", String.valueOf(level));
    }

    public String kind(LevelKind kind) {
        return messages.get(kind == LevelKind.OFFICIAL ? "levels.kind.official" : "levels.kind.projected");
    }

    /// "L5 (projected)" or "L5 (official), declining": every level shown says which it is (R-LV-3).
    public String level(Level level) {
        if (level == null || level.kind() == null) {
            return messages.get("levels.none");
        }
        String text = messages.get("levels.withKind", value(level.value()), kind(level.kind()));
        return level.declining() ? messages.get("levels.withDeclining", text) : text;
    }

    /// The note shown wherever a projected level is, while the profile's thresholds are defaults.
    public String editableDefaultsNote() {
        return messages.get("levels.editableDefaults");
    }

    public String metric(Metric metric) {
        return messages.get("levels.metric." + metric.code());
    }

    /// "GMV 41,200,000 ₫ of 50,000,000 ₫", "credit points deducted 5, at most 4".
    /// A met requirement reads "GMV 60,000,000 ₫ (at least 50,000,000 ₫)".
    public String requirement(Requirement r) {
        String key = r.metric().bound() == Metric.Bound.AT_LEAST ? "levels.item.atLeast" : "levels.item.atMost";
        if (r.met()) {
            key = r.metric().bound() == Metric.Bound.AT_LEAST ? "levels.item.met.atLeast" : "levels.item.met.atMost";
        }
        return messages.get(key, metric(r.metric()), figure(r, r.actual()), figure(r, r.limit()));
    }

    /// The whole diagnosis as one sentence.
    public String diagnosis(Diagnosis d) {
        if (d == null) {
            return messages.get("levels.diagnosis.none");
        }
        return switch (d.kind()) {
            case TOP -> messages.get("levels.diagnosis.top", value(d.targetLevel()));
            case GATE -> messages.get("levels.diagnosis.gate", join(d.items(), false));
            case NEXT_LEVEL -> d.items().isEmpty() ? messages.get("levels.diagnosis.reached", value(d.targetLevel()))
                    : messages.get(d.anyOf() ? "levels.diagnosis.nextAny" : "levels.diagnosis.next",
                    value(d.targetLevel()), join(d.items(), d.anyOf()));
            case NOT_APPLICABLE -> notApplicable(d);
        };
    }

    private String notApplicable(Diagnosis d) {
        String key = "levels.diagnosis." + d.detail();
        if (!messages.has(key)) {
            key = "levels.diagnosis.other";
        }
        return messages.get(key, d.args().toArray());
    }

    private String join(List<Requirement> items, boolean anyOf) {
        List<String> parts = new ArrayList<>();
        for (Requirement r : items) {
            parts.add(requirement(r));
        }
        return String.join(messages.get(anyOf ? "levels.separator.or" : "levels.separator.and"), parts);
    }

    /// A profile's name: "TikTok Shop", "抖音"; a user-loaded profile's own id otherwise.
    public String profileName(String id) {
        String key = "levels.profile.name." + id;
        return id != null && messages.has(key) ? messages.get(key) : String.valueOf(id);
    }

    /// One line of a creator's level history, from the stored row's fields, never its stored
    /// form: "2026-11 · L5 · projected (TikTok Shop): GMV 148,200,000 ₫ of 300,000,000 ₫, active
    /// days 15 of 18". Amounts are in the creator's own currency, in the interface language's
    /// grouping; a projection names its profile (R-LV-3, R-LV-12).
    public String historyLine(LevelRecord r) {
        String kind = r.kind() == LevelKind.PROJECTED && r.profile() != null
                ? messages.get("levels.history.kindWithProfile", kind(r.kind()), profileName(r.profile()))
                : kind(r.kind());
        String detail = historyDetail(r.diagnosis());
        return detail == null ? messages.get("levels.history.line", r.month().toString(), value(r.level()), kind)
                : messages.get("levels.history.lineWithDetail", r.month().toString(), value(r.level()), kind, detail);
    }

    /// The diagnosis of a history line as a short phrase; null when there is none or the stored
    /// text is not one this version reads (never shown raw).
    private String historyDetail(String stored) {
        Diagnosis d;
        try {
            d = Diagnosis.decode(stored);
        } catch (RuntimeException e) {
            return null;
        }
        if (d == null) {
            return null;
        }
        return switch (d.kind()) {
            case TOP -> messages.get("levels.history.top", value(d.targetLevel()));
            case GATE -> messages.get("levels.history.gate", list(d.items(), false));
            case NEXT_LEVEL -> d.items().isEmpty() ? messages.get("levels.history.reached", value(d.targetLevel()))
                    : list(d.items(), d.anyOf());
            case NOT_APPLICABLE -> messages.get("levels.history.notJudged");
        };
    }

    private String list(List<Requirement> items, boolean anyOf) {
        List<String> parts = new ArrayList<>();
        for (Requirement r : items) {
            parts.add(requirement(r));
        }
        return String.join(messages.get(anyOf ? "levels.separator.or" : "levels.history.separator"), parts);
    }

    /// "Current level: L8 (official), 2026-12", or "no current level" (R-LV-11).
    public String current(CurrentLevel current) {
        if (current == null) {
            return messages.get("levels.current.none");
        }
        return messages.get("levels.current", level(current.level()), current.month().toString());
    }

    /// A diagnosis with the month and profile it belongs to: "2026-11 · TikTok Shop: Short of L6: …".
    public String diagnosisOf(LevelRecord projected) {
        if (projected == null) {
            return diagnosis(null);
        }
        Diagnosis d;
        try {
            d = Diagnosis.decode(projected.diagnosis());
        } catch (RuntimeException e) {
            d = null;
        }
        return messages.get("levels.diagnosis.ofMonth", projected.month().toString(), profileName(projected.profile()),
                diagnosis(d));
    }

    /// A benefit's name, or its id when the bundle does not know it (a user-loaded profile).
    public String benefit(String id) {
        String key = "levels.benefit." + id;
        return messages.has(key) ? messages.get(key) : id;
    }

    private String figure(Requirement r, BigDecimal value) {
        return switch (r.metric()) {
            case GMV -> money(value, r.currency());
            case GOOD_PRODUCT_SHARE -> percentFromBasisPoints(value);
            case REPUTATION -> number(value, 2);
            default -> number(value, 0);
        };
    }

    /// "41,200,000 ₫", "£1,500.00", "Rp 9,300,000" in the locale's grouping.
    public String money(BigDecimal amount, String currency) {
        if (currency == null) {
            return number(amount, 0);
        }
        int digits = Currencies.isKnown(currency) ? Currencies.minorUnits(currency) : 2;
        String number = number(amount, digits);
        String symbol = SYMBOLS.getOrDefault(currency, currency);
        return switch (currency) {
            case "VND" -> number + " " + symbol;
            case "IDR", "MYR" -> symbol + " " + number;
            default -> SYMBOLS.containsKey(currency) ? symbol + number : number + " " + currency;
        };
    }

    /// 1234 hundredths of a percent → "12.34%".
    public String percentFromBasisPoints(BigDecimal basisPoints) {
        return number(basisPoints.movePointLeft(2), 2) + "%";
    }

    private String number(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.DOWN);
        return format.format(value);
    }

    private Locale locale() {
        return messages.getLocale();
    }

    /// The preview of R-LV-10 as lines, the same text wherever it is shown: current level and its
    /// month; next month's projection with its month and profile, up, down or unchanged; what
    /// reaches or keeps the level, or what falls short; benefits gained or lost. A creator with
    /// no figures gets the one line saying so.
    public List<String> preview(LevelPreview p) {
        List<String> lines = new ArrayList<>();
        if (p == null) {
            lines.add(messages.get("levels.preview.noFigures"));
            return lines;
        }
        CurrentLevel current = p.current();
        if (current == null) {
            lines.add(current(null));
        } else if (current.month() == null) {
            lines.add(messages.get("levels.preview.currentNoMonth", level(current.level())));
        } else {
            lines.add(current(current));
        }
        String next = p.nextMonth().toString();
        String profile = profileName(p.profile());
        Integer projected = p.evaluation().level();
        if (!p.judged()) {
            lines.add(messages.get("levels.preview.next.notJudged", next, profile, diagnosis(p.evaluation().diagnosis())));
            return lines;
        }
        if (!p.forNextMonth()) {
            lines.add(messages.get("levels.preview.next.noFigures", next, p.nextMonth().minusMonths(1).toString()));
            lines.add(messages.get("levels.preview.figures", p.figuresMonth().toString(), profile, value(projected)));
            if (!p.holds().isEmpty()) {
                lines.add(messages.get("levels.preview.reachedWith", join(p.holds(), false)));
            }
        } else {
            String from = current == null ? messages.get("levels.none") : value(current.level().value());
            String key = switch (p.direction()) {
                case 1 -> "levels.preview.next.up";
                case -1 -> "levels.preview.next.down";
                default -> "levels.preview.next.same";
            };
            lines.add(messages.get(key, next, profile, value(projected), from));
            if (!p.holds().isEmpty()) {
                lines.add(p.direction() > 0 ? messages.get("levels.preview.reachedWith", join(p.holds(), false))
                        : messages.get("levels.preview.keptWith", value(projected), join(p.holds(), false)));
            }
        }
        if (!p.missing().isEmpty()) {
            boolean anyOf = p.evaluation().diagnosis() != null && p.evaluation().diagnosis().anyOf()
                    && p.missingFor() != null && p.missingFor().equals(p.evaluation().diagnosis().targetLevel());
            if (p.missingFor() == null) {
                lines.add(messages.get("levels.preview.gate", join(p.missing(), false)));
            } else if (p.forNextMonth() && p.direction() < 0) {
                lines.add(messages.get("levels.preview.toKeep", value(p.missingFor()), join(p.missing(), false)));
            } else {
                lines.add(messages.get("levels.preview.shortOf", value(p.missingFor()), join(p.missing(), anyOf)));
            }
        }
        if (!p.gained().isEmpty()) {
            lines.add(messages.get("levels.preview.gained") + ": "
                    + String.join(", ", p.gained().stream().map(this::benefit).toList()));
        }
        if (!p.lost().isEmpty()) {
            lines.add(messages.get("levels.preview.lost") + ": "
                    + String.join(", ", p.lost().stream().map(this::benefit).toList()));
        }
        if (p.editableDefaults() && p.forNextMonth()) {
            lines.add(editableDefaultsNote());
        }
        return lines;
    }

    /// "L5* = projected level …": shown wherever the `*` badge is.
    public String projectedLegend() {
        return messages.get("levels.preview.legend");
    }
}
