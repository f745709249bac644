package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.settings.CategoryOverrides;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.Recommendation;
import dev.sellerworkbench.search.Recommender;
import dev.sellerworkbench.search.TargetAudience;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Recommended creators (R-CR-6) for a chosen plan's product categories or a chosen category,
/// scored against the seller's target audience, each with its score and reasons.
public final class RecommendationsViewModel {

    static final int LIMIT = 50;

    /// One recommendation as the table shows it.
    public record RecommendedRow(Creator creator, String handle, String name, String level, int score, String reasons) {
    }

    private final Workspace workspace;
    private final PlanService planService;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CreatorSearch search;
    private final CategoryOverrides categoryNames;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final ObservableList<RecommendedRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    RecommendationsViewModel(Workspace workspace, PlanService planService, TaskRunner tasks, Messages messages,
            CreatorSearch search, CategoryOverrides categoryNames) {
        this.workspace = workspace;
        this.planService = planService;
        this.tasks = tasks;
        this.messages = messages;
        this.search = search;
        this.categoryNames = categoryNames;
    }

    /// Reads the plans to choose from.
    public void load() {
        BackgroundTask.of(messages.get("creators.loading"), progress -> workspace.plans().findAll())
                .onSuccess(plans::setAll)
                .runWith(tasks);
    }

    /// Ranks creators for the chosen plan, or else the chosen category.
    public void recommend() {
        Messages m = messages;
        Plan chosenPlan = plan.get();
        String chosenCategory = category.get() == null ? "" : category.get().strip();
        if (chosenPlan == null && chosenCategory.isEmpty()) {
            message.set(m.get("search.ui.recommendNeedsChoice"));
            return;
        }
        Recommender recommender = search.recommender().orElse(null);
        if (recommender == null) {
            message.set(m.get("search.ui.indexing"));
            return;
        }
        BackgroundTask.of(m.get("search.ui.recommending"), progress -> {
                    Collection<String> wanted = chosenPlan != null
                            ? Recommender.planCategories(workspace, chosenPlan.id()) : List.of(chosenCategory);
                    // creators already in the chosen plan are not recommended to it again
                    Set<Long> inPlan = chosenPlan == null ? Set.of() : workspace.plans().creators(chosenPlan.id())
                            .stream().filter(pc -> pc.status() != InvitationStatus.REMOVED)
                            .map(PlanCreator::creatorId).collect(Collectors.toSet());
                    List<Recommendation> found = recommender.recommend(wanted, TargetAudience.of(workspace),
                            Set.of(), LIMIT + inPlan.size()).stream()
                            .filter(r -> !inPlan.contains(r.creatorId())).limit(LIMIT).toList();
                    Map<Long, Creator> byId = workspace.creators()
                            .findByIds(found.stream().map(Recommendation::creatorId).toList()).stream()
                            .collect(Collectors.toMap(Creator::id, Function.identity()));
                    List<RecommendedRow> out = new ArrayList<>();
                    var names = categoryNames.names(m);
                    for (Recommendation r : found) {
                        Creator c = byId.get(r.creatorId());
                        if (c != null) {
                            out.add(new RecommendedRow(c, c.displayHandle(), c.name(), CreatorRow.badge(c.level(), m),
                                    r.score(), r.text(m, names::name)));
                        }
                    }
                    return out;
                })
                .onSuccess(found -> {
                    rows.setAll(found);
                    message.set(found.isEmpty() ? m.get("search.ui.noRecommendations") : "");
                })
                .runWith(tasks);
    }

    /// Adds the chosen recommendations to the chosen targeted plan through the plan service (R-PLAN-8
    /// limit, R-PR-2 conflicts, audit, version; R-PLAN-9) and says who was added and who was not, by name.
    public void addToPlan(List<RecommendedRow> chosen) {
        Plan target = plan.get();
        if (target == null || chosen.isEmpty()) {
            return;
        }
        Messages m = messages;
        Map<Long, String> names = chosen.stream()
                .collect(Collectors.toMap(r -> r.creator().id(), RecommendedRow::handle, (a, b) -> a));
        List<Long> ids = chosen.stream().map(r -> r.creator().id()).toList();
        BackgroundTask.of(m.get("search.ui.addingToPlan"),
                        progress -> planService.addCreators(target.id(), ids))
                .onSuccess(result -> {
                    List<String> lines = new ArrayList<>();
                    if (!result.added().isEmpty()) {
                        lines.add(m.get("search.ui.addedToPlan", names(result.added(), names), target.name()));
                        rows.removeIf(r -> result.added().contains(r.creator().id()));
                    }
                    if (!result.already().isEmpty()) {
                        lines.add(m.get("search.ui.alreadyInPlanNamed", names(result.already(), names), target.name()));
                    }
                    if (!result.overLimit().isEmpty()) {
                        lines.add(m.get("search.ui.planFullNamed", target.name(), names(result.overLimit(), names)));
                    }
                    result.problems().stream()
                            .filter(p -> !"commission.problem.tooManyCreators".equals(p.key()))
                            .forEach(p -> lines.add(p.message(m)));
                    message.set(String.join("\n", lines));
                })
                .runWith(tasks);
    }

    private static String names(List<Long> ids, Map<Long, String> names) {
        return String.join(", ", ids.stream().map(id -> names.getOrDefault(id, "#" + id)).toList());
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ObservableList<RecommendedRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
