package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Invitations: the targeted plans and, for the chosen one, its invited creators (R-PLAN-11).
public final class InvitationsViewModel {

    private final AppContext context;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selected = new SimpleObjectProperty<>();
    private final ObservableList<InvitedRow> invited = FXCollections.observableArrayList();

    public InvitationsViewModel(AppContext context) {
        this.context = context;
        selected.addListener((obs, old, now) -> loadInvited(now));
    }

    public void load() {
        BackgroundTask.of(context.messages().get("invitations.loading"),
                        progress -> context.workspace().plans().findByType(PlanType.TARGETED))
                .onSuccess(list -> {
                    plans.setAll(list);
                    if (!list.isEmpty() && selected.get() == null) {
                        selected.set(list.get(0));
                    }
                })
                .runWith(context.tasks());
    }

    private void loadInvited(Plan plan) {
        if (plan == null) {
            invited.clear();
            return;
        }
        BackgroundTask.of(context.messages().get("invitations.loading"), progress -> {
                    List<PlanCreator> members = context.workspace().plans().creators(plan.id());
                    Map<Long, Creator> creators = context.workspace().creators()
                            .findByIds(members.stream().map(PlanCreator::creatorId).toList()).stream()
                            .collect(Collectors.toMap(Creator::id, Function.identity()));
                    return members.stream().map(m -> {
                        Creator c = creators.get(m.creatorId());
                        return new InvitedRow(c == null ? "#" + m.creatorId() : c.displayHandle(),
                                c == null ? "" : c.name(),
                                context.messages().get("invitation.status." + m.status().name().toLowerCase(Locale.ROOT)),
                                c == null || c.whatsapp() == null ? context.messages().get("invitations.noNumber") : c.whatsapp(),
                                context.formats().dateTime(m.invitedAt()));
                    }).toList();
                })
                .onSuccess(invited::setAll)
                .runWith(context.tasks());
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<Plan> selectedProperty() {
        return selected;
    }

    public ObservableList<InvitedRow> invited() {
        return invited;
    }
}
