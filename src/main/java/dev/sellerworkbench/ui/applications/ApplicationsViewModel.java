package dev.sellerworkbench.ui.applications;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.ApplicationStatus;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The approval queue: a tab per status with its count, and the rows of the chosen tab (R-AP-1, R-AP-2).
public final class ApplicationsViewModel {

    static final int PAGE = 500;

    private final AppContext context;
    private final Map<ApplicationStatus, ReadOnlyLongWrapper> counts = new EnumMap<>(ApplicationStatus.class);
    private final ObjectProperty<ApplicationStatus> tab = new SimpleObjectProperty<>(ApplicationStatus.PENDING);
    private final ObservableList<ApplicationRow> rows = FXCollections.observableArrayList();

    public ApplicationsViewModel(AppContext context) {
        this.context = context;
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, new ReadOnlyLongWrapper(0));
        }
        tab.addListener((obs, old, now) -> load());
    }

    public void load() {
        ApplicationStatus status = tab.get();
        record Loaded(Map<ApplicationStatus, Long> counts, List<ApplicationRow> rows) {
        }
        BackgroundTask.of(context.messages().get("applications.loading"), progress -> {
                    Workspace ws = context.workspace();
                    Map<ApplicationStatus, Long> byStatus = ws.applications().countByStatus();
                    List<Application> apps = ws.applications().findByStatus(status, 0, PAGE);
                    Map<Long, Creator> creators = ws.creators()
                            .findByIds(apps.stream().map(Application::creatorId).distinct().toList()).stream()
                            .collect(Collectors.toMap(Creator::id, Function.identity()));
                    Map<String, Product> products = ws.products().findAll().stream()
                            .collect(Collectors.toMap(Product::id, Function.identity()));
                    Map<Long, Plan> plans = ws.plans().findAll().stream()
                            .collect(Collectors.toMap(Plan::id, Function.identity()));
                    List<ApplicationRow> result = new ArrayList<>();
                    for (Application a : apps) {
                        Creator c = creators.get(a.creatorId());
                        Product p = products.get(a.productId());
                        Plan plan = plans.get(a.planId());
                        result.add(new ApplicationRow(a,
                                c == null ? "#" + a.creatorId() : c.displayHandle(),
                                c == null || c.level() == null ? "—" : c.level().label() + (c.level().declining() ? " ↓" : ""),
                                c == null ? "" : context.formats().compact(c.followers()),
                                p == null ? a.productId() : p.title(),
                                plan == null ? "" : plan.name(),
                                context.formats().dateTime(a.appliedAt())));
                    }
                    return new Loaded(byStatus, result);
                })
                .onSuccess(loaded -> {
                    loaded.counts().forEach((s, n) -> counts.get(s).set(n));
                    if (tab.get() == status) {
                        rows.setAll(loaded.rows());
                    }
                })
                .runWith(context.tasks());
    }

    public ReadOnlyLongProperty countProperty(ApplicationStatus status) {
        return counts.get(status).getReadOnlyProperty();
    }

    public ObjectProperty<ApplicationStatus> tabProperty() {
        return tab;
    }

    public ObservableList<ApplicationRow> rows() {
        return rows;
    }
}
