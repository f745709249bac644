package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Plans screen: every plan with type, status, product and creator counts and last edit.
public final class PlansViewModel {

    private final AppContext context;
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();

    public PlansViewModel(AppContext context) {
        this.context = context;
    }

    public void load() {
        BackgroundTask.of(context.messages().get("plans.loading"), progress -> {
                    PlanRepository plans = context.workspace().plans();
                    List<PlanRow> result = new ArrayList<>();
                    for (Plan plan : plans.findAll()) {
                        long products = plans.items(plan.id()).stream().filter(i -> i.removedAt() == null).count();
                        result.add(new PlanRow(plan,
                                context.messages().get("plan.type." + plan.type().name().toLowerCase(Locale.ROOT)),
                                plan.name(),
                                context.messages().get("plan.status." + plan.status().name().toLowerCase(Locale.ROOT)),
                                context.formats().count(products),
                                context.formats().count(plans.countCreators(plan.id())),
                                context.formats().dateTime(plan.updatedAt())));
                    }
                    return result;
                })
                .onSuccess(rows::setAll)
                .runWith(context.tasks());
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }
}
