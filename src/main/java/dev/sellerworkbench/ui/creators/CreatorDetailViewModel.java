package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Gender;
import dev.sellerworkbench.domain.LevelRecord;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.level.LevelTexts;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The selected creator (R-CR-7): audience shares for the charts (R-CR-2), level history with
/// its diagnosis, contact channels masked until revealed, the plans and lists they are in, and
/// "Add to targeted plan".
public final class CreatorDetailViewModel {

    /// One slice or bar: a label and a share in percent (a plain number only for plotting).
    public record Share(String label, BigDecimal percent) {
    }


    private final Workspace workspace;
    private final PlanService plans;
    private final CreatorLevels levels;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CreatorSearch search;
    private final ReadOnlyObjectWrapper<Creator> creator = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final ObservableList<Share> genders = FXCollections.observableArrayList();
    private final ObservableList<Share> ages = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> memberships = FXCollections.observableArrayList();
    private final ObservableList<Plan> targetedPlans = FXCollections.observableArrayList();
    private final StringBinding contacts;
    private final dev.sellerworkbench.ui.common.LevelPreviewViewModel preview;
    private long shown;

    CreatorDetailViewModel(Workspace workspace, PlanService plans, CreatorLevels levels, TaskRunner tasks,
            Messages messages, CreatorSearch search) {
        this.workspace = workspace;
        this.plans = plans;
        this.levels = levels;
        this.tasks = tasks;
        this.messages = messages;
        this.search = search;
        contacts = Bindings.createStringBinding(this::contactText, creator, revealed);
        preview = new dev.sellerworkbench.ui.common.LevelPreviewViewModel(workspace, levels, tasks, messages);
    }

    /// The shown creator's level preview, the same as beside the queue (R-LV-10).
    public dev.sellerworkbench.ui.common.LevelPreviewViewModel preview() {
        return preview;
    }

    /// Shows `selected` (null clears the pane) and reads its history and memberships off the FX thread.
    public void show(Creator selected) {
        creator.set(selected);
        revealed.set(false);
        message.set("");
        genders.clear();
        ages.clear();
        history.clear();
        memberships.clear();
        if (selected == null) {
            title.set("");
            preview.clear();
            return;
        }
        preview.show(selected.id());
        long mine = ++shown;
        Messages m = messages;
        title.set(selected.displayHandle() + " · " + selected.name() + " · " + CreatorRow.badge(selected.level(), m));
        Audience a = selected.audience();
        if (a != null && a.known()) {
            for (Gender g : Gender.values()) {
                if (!Audience.stated(a.shareOf(g))) {
                    continue; // the source did not state it; the chart shows only what it did
                }
                genders.add(new Share(m.get("search.gender." + g.name().toLowerCase(Locale.ROOT)), percent(a.shareOf(g))));
            }
            int[] bands = a.ages();
            for (int i = 0; i < bands.length; i++) {
                if (!Audience.stated(bands[i])) {
                    continue;
                }
                ages.add(new Share(Audience.AGE_BANDS[i], percent(bands[i])));
            }
        }
        record Loaded(List<String> history, List<String> memberships, List<Plan> targeted) {
        }
        BackgroundTask.of(m.get("creators.loading"), progress -> {
                    var ws = workspace;
                    List<String> lines = ws.levels().history(selected.id()).stream().map(this::historyLine).toList();
                    Map<Long, Plan> plans = ws.plans().findAll().stream()
                            .collect(Collectors.toMap(Plan::id, Function.identity()));
                    List<String> in = new ArrayList<>();
                    for (SavedList list : ws.savedLists().listsOf(selected.id())) {
                        in.add(m.get("search.ui.inList", list.name()));
                    }
                    for (PlanCreator pc : ws.plans().plansOfCreator(selected.id())) {
                        Plan plan = plans.get(pc.planId());
                        if (plan != null) {
                            in.add(m.get("search.ui.inPlan", plan.name(), pc.status().name().toLowerCase(Locale.ROOT)));
                        }
                    }
                    List<Plan> targeted = plans.values().stream().filter(p -> p.type() == PlanType.TARGETED).toList();
                    return new Loaded(lines, in, targeted);
                })
                .onSuccess(loaded -> {
                    if (mine == shown) {
                        history.setAll(loaded.history().isEmpty() ? List.of(m.get("search.ui.noHistory")) : loaded.history());
                        memberships.setAll(loaded.memberships());
                        targetedPlans.setAll(loaded.targeted());
                    }
                })
                .runWith(tasks);
    }

    /// Re-reads the shown creator's lists and plans (after a save elsewhere on the screen).
    public void reload() {
        show(creator.get());
    }

    /// Newest month first, each line from the stored fields in the interface language (R-LV-3).
    private String historyLine(LevelRecord r) {
        return new LevelTexts(messages).historyLine(r);
    }

    private static BigDecimal percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2);
    }

    private String contactText() {
        Creator c = creator.get();
        if (c == null) {
            return "";
        }
        Messages m = messages;
        String whatsapp = c.whatsapp() == null || c.whatsapp().isBlank() ? "—" : revealed.get() ? c.whatsapp() : mask(c.whatsapp());
        String email = c.email() == null || c.email().isBlank() ? "—" : revealed.get() ? c.email() : mask(c.email());
        return m.get("search.ui.whatsapp", whatsapp) + "\n" + m.get("search.ui.email", email) + "\n"
                + m.get("search.ui.tiktokIm", c.displayHandle());
    }

    /// Keeps the last three characters so staff can tell numbers apart without reading them out.
    static String mask(String value) {
        int keep = Math.min(3, value.length() / 3);
        return "•".repeat(Math.max(4, value.length() - keep)) + value.substring(value.length() - keep);
    }

    /// Adds the shown creator to a targeted plan through the plan service (R-PLAN-8 limit, R-PR-2
    /// conflicts, audit, version); says why when they were not added.
    public void addToPlan(Plan plan) {
        Creator c = creator.get();
        if (c == null || plan == null) {
            return;
        }
        Messages m = messages;
        BackgroundTask.of(m.get("search.ui.addingToPlan"), progress -> {
                    PlanService service = plans;
                    PlanService.AddResult result = service.addCreators(plan.id(), List.of(c.id()));
                    if (!result.already().isEmpty()) {
                        return m.get("search.ui.alreadyInPlan", plan.name());
                    }
                    if (!result.overLimit().isEmpty()) {
                        return m.get("search.ui.planFull", plan.name(), service.limits().maxTargetedCreators());
                    }
                    if (result.added().isEmpty()) {
                        return result.problems().stream().map(p -> p.message(m)).collect(Collectors.joining("\n"));
                    }
                    search.changed(List.of(c.id()));
                    return m.get("search.ui.addedToPlan", c.displayHandle(), plan.name());
                })
                .onSuccess(text -> {
                    reload();
                    message.set(text);
                })
                .runWith(tasks);
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public ReadOnlyObjectProperty<Creator> creatorProperty() {
        return creator.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding contactsProperty() {
        return contacts;
    }

    public ObservableList<Share> genders() {
        return genders;
    }

    public ObservableList<Share> ages() {
        return ages;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<String> memberships() {
        return memberships;
    }

    public ObservableList<Plan> targetedPlans() {
        return targetedPlans;
    }
}
