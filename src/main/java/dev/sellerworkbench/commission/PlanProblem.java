package dev.sellerworkbench.commission;

import dev.sellerworkbench.i18n.Messages;
import java.util.Arrays;
import java.util.List;

/// One thing wrong with a plan: the item it concerns (a product id, a creator, or null for the plan
/// itself), the field, and a message key of the `commission` bundle with its arguments. Validation
/// returns every problem at once (R-PLAN-5) so an editor can mark each field.
public record PlanProblem(String item, String field, String key, List<Object> args) {

    public static final String FIELD_PLAN = "plan";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_PRODUCT = "product";
    public static final String FIELD_RATE = "rate";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_SHOP_RATE = "shopRate";
    public static final String FIELD_CREATORS = "creators";
    public static final String FIELD_LINK = "link";

    public PlanProblem {
        args = List.copyOf(args);
    }

    public static PlanProblem of(String item, String field, String key, Object... args) {
        return new PlanProblem(item, field, key, Arrays.asList(args));
    }

    /// The problem as a sentence in the reader's language.
    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
