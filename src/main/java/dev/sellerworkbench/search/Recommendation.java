package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.i18n.Messages;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/// A recommended creator (R-CR-6): the score out of 100 and the reasons it is made of, as data
/// for the interface and as a sentence ("promotes Beauty; 72% female audience; L5").
public record Recommendation(long creatorId, int score, List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    /// The reasons joined into one line, in the given language.
    public String text(Messages messages) {
        return text(messages, messages::category);
    }

    /// [#text(Messages)] with each category matched written as `categoryName` names it (R-EX-1).
    public String text(Messages messages, UnaryOperator<String> categoryName) {
        return reasons.stream().map(r -> r.text(messages, categoryName))
                .collect(Collectors.joining(messages.get("search.reason.separator")));
    }

    /// What a reason is about.
    public enum Kind {
        /// Promotes the plan's categories; `subjects` the categories matched.
        CATEGORY,
        /// Audience gender; `subjects` = [female|male|other], `value` the share in percent.
        AUDIENCE_GENDER,
        /// Audience age; `subjects` = [band, e.g. 18-24], `value` the share in percent.
        AUDIENCE_AGE,
        /// The level; `subjects` = [official|projected], `value` the level.
        LEVEL,
        /// No level (R-LV-5).
        UNRATED,
        /// Flagged declining (R-LV-4); negative points.
        DECLINING,
        /// 30-day GMV among creators selling in the same currency; `subjects` = [currency],
        /// `value` = the top share in percent ("top 10%").
        GMV
    }

    /// One part of a score: what, how many points, and the values a sentence needs.
    public record Reason(Kind kind, int points, List<String> subjects, int value) {

        public Reason {
            subjects = List.copyOf(subjects);
        }

        public String text(Messages m) {
            return text(m, m::category);
        }

        /// The reason's sentence, each category matched named by `categoryName`.
        public String text(Messages m, UnaryOperator<String> categoryName) {
            return switch (kind) {
                case CATEGORY -> m.get("search.reason.category",
                        String.join(m.get("search.reason.listSeparator"), subjects.stream().map(categoryName).toList()));
                case AUDIENCE_GENDER -> m.get("search.reason.gender", value, m.get("search.gender." + subjects.get(0)));
                case AUDIENCE_AGE -> m.get("search.reason.age", value, subjects.get(0).replace('-', '–'));
                case LEVEL -> m.get(subjects.get(0).equals("projected") ? "search.reason.levelProjected"
                        : "search.reason.level", value);
                case UNRATED -> m.get("search.reason.unrated");
                case DECLINING -> m.get("search.reason.declining");
                case GMV -> m.get("search.reason.gmv", value, subjects.get(0));
            };
        }
    }

    static String bandLabel(int band) {
        return Audience.AGE_BANDS[band];
    }
}
