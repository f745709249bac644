package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanValidator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// A plan's own fields in the editor: name, description and end date (R-PLAN-8), creator approval
/// (R-PLAN-4) and the Shop plan's single rate (R-PLAN-12), checked as typed.
public final class PlanHeaderViewModel {

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final BooleanProperty approval = new SimpleBooleanProperty();
    private final StringProperty shopRate = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shopRateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper("");
    private final StringProperty link = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper linkProblem = new ReadOnlyStringWrapper("");
    private PlanValidator validator;
    private PlanType type;

    PlanHeaderViewModel(Messages messages, Runnable onEdit) {
        this.messages = messages;
        name.addListener((obs, old, now) -> onEdit.run());
        description.addListener((obs, old, now) -> onEdit.run());
        endDate.addListener((obs, old, now) -> onEdit.run());
        approval.addListener((obs, old, now) -> onEdit.run());
        shopRate.addListener((obs, old, now) -> {
            checkShopRate();
            onEdit.run();
        });
        link.addListener((obs, old, now) -> {
            checkLink();
            onEdit.run();
        });
    }

    /// R-IN-6: the link is optional; when typed it must be an https address.
    private void checkLink() {
        linkProblem.set(PlanValidator.checkLink(link.get()).map(p -> p.message(messages)).orElse(""));
    }

    void load(Plan header, PlanValidator planValidator) {
        validator = planValidator;
        type = header.type();
        name.set(header.name() == null ? "" : header.name());
        description.set(header.description() == null ? "" : header.description());
        endDate.set(header.endDate());
        approval.set(header.approvalRequired());
        shopRate.set(PlanItemRow.text(header.shopRate()));
        link.set(header.baseLink() == null ? "" : header.baseLink());
        nameProblem.set("");
        checkShopRate();
    }

    void restore(EditorState state) {
        name.set(state.name());
        description.set(state.description());
        endDate.set(state.endDate());
        approval.set(state.approvalRequired());
        shopRate.set(state.shopRate());
        if (state.link() != null) {
            link.set(state.link());
        }
    }

    private void checkShopRate() {
        List<PlanProblem> found = typedShopRateProblems();
        shopRateProblem.set(found.isEmpty() ? "" : found.getFirst().message(messages));
    }

    /// Problems of the shop rate as typed; none while it is empty or the plan is not the Shop plan.
    List<PlanProblem> typedShopRateProblems() {
        List<PlanProblem> found = new ArrayList<>();
        if (validator != null && type == PlanType.SHOP && !shopRate.get().isBlank()) {
            validator.parseRate(null, PlanProblem.FIELD_SHOP_RATE, shopRate.get(), found);
        }
        return found;
    }

    /// `stored` with the fields as edited; a shop rate that does not parse counts as not set.
    Plan header(Plan stored) {
        Rate shop = null;
        if (stored.type() == PlanType.SHOP && !shopRate.get().isBlank()) {
            try {
                shop = Rate.parsePercent(shopRate.get());
            } catch (IllegalArgumentException | ArithmeticException e) {
                shop = null;
            }
        }
        String desc = description.get() == null || description.get().isBlank() ? null : description.get();
        String typedLink = stored.type() != PlanType.TARGETED || link.get() == null || link.get().isBlank() ? null
                : link.get().strip();
        return new Plan(stored.id(), stored.type(), name.get(), desc, endDate.get(), stored.status(), approval.get(), shop,
                typedLink, stored.createdAt(), stored.updatedAt(), stored.publishedAt(), stored.version());
    }

    /// Marks the problems publishing found on the name and the shop rate.
    void show(List<PlanProblem> found) {
        nameProblem.set("");
        for (PlanProblem problem : found) {
            if (PlanProblem.FIELD_NAME.equals(problem.field())) {
                nameProblem.set(problem.message(messages));
            } else if (PlanProblem.FIELD_SHOP_RATE.equals(problem.field())) {
                shopRateProblem.set(problem.message(messages));
            } else if (PlanProblem.FIELD_LINK.equals(problem.field())) {
                linkProblem.set(problem.message(messages));
            }
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public BooleanProperty approvalProperty() {
        return approval;
    }

    public StringProperty shopRateProperty() {
        return shopRate;
    }

    public ReadOnlyStringProperty shopRateProblemProperty() {
        return shopRateProblem.getReadOnlyProperty();
    }

    /// The plan's Seller Center invitation link (R-IN-6), targeted plans only.
    public StringProperty linkProperty() {
        return link;
    }

    public ReadOnlyStringProperty linkProblemProperty() {
        return linkProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }
}
