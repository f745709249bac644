package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanValidator;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// One product of the plan being edited: its rate and promotion reason as typed (R-PLAN-2), with the
/// engine's verdict on each field as the seller types, and the reason's live character count.
public final class PlanItemRow {

    private final String productId;
    private final String title;
    private final String status;
    private final boolean revoked;
    private final Messages messages;
    private final PlanValidator validator;
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper productProblem = new ReadOnlyStringWrapper("");

    PlanItemRow(EditorState.Item state, Product product, Messages messages, PlanValidator validator, Runnable onEdit) {
        this.productId = state.productId();
        this.title = product == null ? state.productId() : product.title();
        this.revoked = product != null && !product.live();
        this.status = product == null ? messages.get("plans.product.unknown")
                : messages.get(product.live() ? "plans.product.live" : "plans.product.revoked");
        this.messages = messages;
        this.validator = validator;
        rate.set(state.rate() == null ? "" : state.rate());
        reason.set(state.reason() == null ? "" : state.reason());
        checkRate();
        checkReason();
        rate.addListener((obs, old, now) -> {
            checkRate();
            onEdit.run();
        });
        reason.addListener((obs, old, now) -> {
            checkReason();
            onEdit.run();
        });
    }

    /// The text of a stored rate as the seller would type it: "12.5".
    static String text(Rate rate) {
        return rate == null ? "" : rate.asPercent().toPlainString();
    }

    /// Every problem the typed rate has, as the commission engine words it (R-PLAN-3).
    List<PlanProblem> rateProblems() {
        List<PlanProblem> problems = new ArrayList<>();
        validator.parseRate(productId, PlanProblem.FIELD_RATE, rate.get(), problems);
        return problems;
    }

    private void checkRate() {
        // An empty rate is normal while drafting; it is named when publishing.
        List<PlanProblem> problems = rate.get().isBlank() ? List.of() : rateProblems();
        rateProblem.set(problems.isEmpty() ? "" : problems.getFirst().message(messages));
    }

    private void checkReason() {
        String text = reason.get();
        int length = text.codePointCount(0, text.length());
        reasonCount.set(messages.get("plans.reason.count", length, validator.limits().maxReasonChars()));
        List<PlanProblem> problems = validator.checkReason(productId, text);
        reasonProblem.set(problems.isEmpty() ? "" : problems.getFirst().message(messages));
    }

    /// Shows a problem publishing found on this item's field.
    void show(PlanProblem problem) {
        String text = problem.message(messages);
        switch (problem.field()) {
            case PlanProblem.FIELD_RATE -> rateProblem.set(text);
            case PlanProblem.FIELD_REASON -> reasonProblem.set(text);
            default -> productProblem.set(text);
        }
    }

    void clearProductProblem() {
        productProblem.set("");
    }

    /// The item for the commission engine; a rate that does not parse counts as not set.
    PlanDraft.Item toItem() {
        Rate parsed;
        try {
            parsed = rate.get().isBlank() ? null : Rate.parsePercent(rate.get());
        } catch (IllegalArgumentException | ArithmeticException e) {
            parsed = null;
        }
        return new PlanDraft.Item(productId, parsed, reason.get().isEmpty() ? null : reason.get());
    }

    EditorState.Item state() {
        return new EditorState.Item(productId, rate.get(), reason.get());
    }

    public String productId() {
        return productId;
    }

    public String title() {
        return title;
    }

    public String status() {
        return status;
    }

    public boolean revoked() {
        return revoked;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty reasonCountProperty() {
        return reasonCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProblemProperty() {
        return rateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProblemProperty() {
        return reasonProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty productProblemProperty() {
        return productProblem.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return title + " · " + productId;
    }
}
