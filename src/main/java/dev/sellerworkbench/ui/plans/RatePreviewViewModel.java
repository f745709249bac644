package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.RateResolver;
import dev.sellerworkbench.commission.Resolution;
import dev.sellerworkbench.commission.Rule;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The effective-rate preview (R-COM-4): for a creator and a product of the plan, the rate that
/// applies now and why, and what this plan would change — including when another plan keeps winning.
public final class RatePreviewViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final StringProperty handle = new SimpleStringProperty("");
    private final ObjectProperty<PlanItemRow> product = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private CommissionSnapshot snapshot;
    private ZoneId zone;
    private Plan plan;

    RatePreviewViewModel(Workspace workspace, TaskRunner tasks, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    void load(CommissionSnapshot snapshot, ZoneId zone, Plan plan) {
        this.snapshot = snapshot;
        this.zone = zone;
        this.plan = plan;
        result.set("");
    }

    /// Takes the rates as they are now (after an acceptance was recorded, say) and explains again
    /// what was shown.
    void reload(CommissionSnapshot fresh) {
        this.snapshot = fresh;
        if (!result.get().isEmpty()) {
            explain();
        }
    }

    /// Finds the typed creator off the FX thread, then explains.
    public void explain() {
        String typed = handle.get() == null ? "" : handle.get().trim();
        PlanItemRow item = product.get();
        if (typed.isEmpty() || item == null || snapshot == null) {
            result.set(messages.get("plans.preview.choose"));
            return;
        }
        BackgroundTask.of(messages.get("plans.creators.searching"),
                        p -> workspace.creators().findByHandle(typed))
                .onSuccess(found -> result.set(found.map(c -> explain(c, item))
                        .orElse(messages.get("plans.creators.notFound", typed))))
                .runWith(tasks);
    }

    String explain(Creator creator, PlanItemRow item) {
        Resolution now = new RateResolver(snapshot).resolve(creator.id(), item.productId(), clock.instant())
                .withCreator(creator.displayHandle());
        StringBuilder text = new StringBuilder(now.explain(messages, zone));
        Optional<Rate> mine = Optional.ofNullable(item.toItem().rate());
        boolean alreadyHere = now.plan() != null && now.plan().id() == plan.id();
        if (mine.isPresent() && !alreadyHere && !now.revoked()) {
            text.append('\n');
            boolean otherTargetedWins = now.rule() == Rule.TARGETED_ACCEPTED && now.rate().compareTo(mine.get()) >= 0;
            if (plan.type() == PlanType.TARGETED) {
                text.append(otherTargetedWins
                        ? messages.get("plans.preview.otherWins", now.plan().name(), now.rate().toString())
                        : messages.get("plans.preview.onAccept", creator.displayHandle(), mine.get().toString()));
            } else if (plan.type() == PlanType.OPEN) {
                text.append(now.rule() == Rule.TARGETED_ACCEPTED
                        ? messages.get("plans.preview.targetedFirst", now.plan().name())
                        : messages.get("plans.preview.onApprove", creator.displayHandle(), mine.get().toString()));
            }
        }
        return text.toString();
    }

    public StringProperty handleProperty() {
        return handle;
    }

    public ObjectProperty<PlanItemRow> productProperty() {
        return product;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
