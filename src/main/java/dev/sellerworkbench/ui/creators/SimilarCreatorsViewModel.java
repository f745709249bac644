package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.SimilarCreators;
import dev.sellerworkbench.search.SimilarCreators.Similar;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Similar tab of Find Creators (R-CR-8): the creators most like the one shown, each with
/// its score and reasons, leaving out the creators already in the chosen plan. Ranked off the FX
/// thread from the shared index whenever the creator or the plan changes while the tab shows.
public final class SimilarCreatorsViewModel {

    /// One similar creator as the table shows it.
    public record SimilarRow(Creator creator, String handle, String name, String level, int score, String reasons) {
    }

    /// A choice of the plan picker: a plan, or none (`plan` null).
    public record PlanChoice(Plan plan, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CreatorSearch search;
    private final ReadOnlyObjectProperty<Creator> creator;
    private final PlanChoice noPlan;
    private final ObservableList<PlanChoice> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanChoice> plan = new SimpleObjectProperty<>();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObservableList<SimilarRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TaskRunner.Handle running;
    private long generation;

    /// `creator`: the creator whose likes are listed (the one the detail tab shows).
    SimilarCreatorsViewModel(Workspace workspace, CreatorSearch search, TaskRunner tasks, Messages messages,
            ReadOnlyObjectProperty<Creator> creator) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.search = search;
        this.creator = creator;
        this.noPlan = new PlanChoice(null, messages.get("search.similar.noPlan"));
        plans.add(noPlan);
        plan.set(noPlan);
        creator.addListener((o, was, now) -> refresh());
        plan.addListener((o, was, now) -> refresh());
        showing.addListener((o, was, now) -> {
            if (now) {
                loadPlans();
                refresh();
            }
        });
    }

    /// Reads the plans to choose from, keeping the chosen one.
    void loadPlans() {
        BackgroundTask.of(messages.get("creators.loading"), progress -> workspace.plans().findAll())
                .onSuccess(found -> {
                    Long chosen = plan.get() == null || plan.get().plan() == null ? null : plan.get().plan().id();
                    List<PlanChoice> choices = new ArrayList<>();
                    choices.add(noPlan);
                    PlanChoice keep = noPlan;
                    for (Plan p : found) {
                        PlanChoice choice = new PlanChoice(p, p.name());
                        choices.add(choice);
                        if (chosen != null && chosen == p.id()) {
                            keep = choice;
                        }
                    }
                    plans.setAll(choices);
                    if (plan.get() != keep) {
                        plan.set(keep);
                    }
                })
                .runWith(tasks);
    }

    /// Ranks again for the creator shown and the plan chosen; nothing while the tab is hidden.
    public void refresh() {
        if (!showing.get()) {
            return;
        }
        Messages m = messages;
        Creator source = creator.get();
        long mine = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (source == null) {
            rows.clear();
            message.set(m.get("search.similar.choose"));
            return;
        }
        CreatorIndex index = search.index().orElse(null);
        if (index == null) {
            rows.clear();
            message.set(m.get("search.ui.indexing"));
            return;
        }
        Plan chosenPlan = plan.get() == null ? null : plan.get().plan();
        message.set(m.get("search.similar.ranking"));
        running = BackgroundTask.of(m.get("search.similar.ranking"), progress -> {
                    // R-CR-8: creators already in the chosen plan are left out
                    Set<Long> inPlan = chosenPlan == null ? Set.of() : workspace.plans().creators(chosenPlan.id())
                            .stream().filter(pc -> pc.status() != InvitationStatus.REMOVED)
                            .map(PlanCreator::creatorId).collect(Collectors.toSet());
                    progress.checkCancelled();
                    List<Similar> found = new SimilarCreators(index).similarTo(source.id(), inPlan,
                            SimilarCreators.DEFAULT_LIMIT);
                    progress.checkCancelled();
                    Map<Long, Creator> byId = workspace.creators()
                            .findByIds(found.stream().map(Similar::creatorId).toList()).stream()
                            .collect(Collectors.toMap(Creator::id, Function.identity()));
                    List<SimilarRow> out = new ArrayList<>();
                    for (Similar s : found) {
                        Creator c = byId.get(s.creatorId());
                        if (c != null) {
                            out.add(new SimilarRow(c, c.displayHandle(), c.name(), CreatorRow.badge(c.level(), m),
                                    s.score(), s.text(m)));
                        }
                    }
                    return out;
                })
                .onSuccess(found -> {
                    if (mine != generation) {
                        return;
                    }
                    rows.setAll(found);
                    message.set(found.isEmpty() ? m.get("search.similar.none") : m.get("search.similar.summary",
                            found.size(), source.displayHandle()));
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        rows.clear();
                        message.set(m.get("search.similar.failed"));
                    }
                })
                .runWith(tasks);
    }

    public ObservableList<PlanChoice> plans() {
        return plans;
    }

    public ObjectProperty<PlanChoice> planProperty() {
        return plan;
    }

    /// True while the tab shows; ranking waits until it does.
    public BooleanProperty showingProperty() {
        return showing;
    }

    public ObservableList<SimilarRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
