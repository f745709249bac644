package dev.sellerworkbench.commission;

import dev.sellerworkbench.domain.Application;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.ProductStatus;
import dev.sellerworkbench.domain.RateChange;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Everything rate resolution reads, loaded once and indexed in memory so the approval queue can
/// resolve a page of rows without a query per row: plans, their items, invited creators, rate
/// changes, the applications that can earn (approved; pending in plans without creator approval),
/// product statuses and the handles of the creators involved. Immutable; load a new one after writes.
public final class CommissionSnapshot {

    /// Key of a shop plan's rate changes, which concern no single product.
    static final String SHOP_KEY = "";

    private final ZoneId zone;
    private final Map<Long, Plan> plans;
    private final Map<Long, List<PlanItem>> itemsByPlan;
    private final Map<String, List<PlanItem>> itemsByProduct;
    private final Map<Long, List<PlanCreator>> creatorsByPlan;
    private final Map<Long, List<PlanCreator>> plansByCreator;
    private final Map<Long, List<Application>> applicationsByCreator;
    private final Map<Long, Map<String, List<RateChange>>> changes;
    private final Map<String, ProductStatus> products;
    private final Map<Long, String> handles;
    private final Map<String, Long> idsByHandle;
    private final Map<String, String> titles;

    private CommissionSnapshot(Builder b) {
        zone = b.zone;
        plans = Map.copyOf(b.plans);
        itemsByPlan = group(b.items, PlanItem::planId);
        itemsByProduct = group(b.items, PlanItem::productId);
        creatorsByPlan = group(b.creators, PlanCreator::planId);
        plansByCreator = group(b.creators, PlanCreator::creatorId);
        applicationsByCreator = group(b.applications, Application::creatorId);
        Map<Long, Map<String, List<RateChange>>> byPlan = new HashMap<>();
        b.changes.stream()
                .sorted(Comparator.comparing(RateChange::changedAt).thenComparingLong(RateChange::id))
                .forEach(c -> byPlan.computeIfAbsent(c.planId(), k -> new HashMap<>())
                        .computeIfAbsent(c.productId() == null ? SHOP_KEY : c.productId(), k -> new ArrayList<>())
                        .add(c));
        changes = byPlan;
        products = Map.copyOf(b.products);
        handles = Map.copyOf(b.handles);
        titles = Map.copyOf(b.titles);
        Map<String, Long> reverse = new HashMap<>();
        b.handles.forEach((id, handle) -> reverse.putIfAbsent(handle, id));
        idsByHandle = reverse;
    }

    private static <K, V> Map<K, List<V>> group(Collection<V> values, java.util.function.Function<V, K> key) {
        Map<K, List<V>> map = new HashMap<>();
        for (V v : values) {
            map.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        }
        return map;
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /// The seller's time zone, in which edits take effect (R-PLAN-10).
    public ZoneId zone() {
        return zone;
    }

    public Optional<Plan> plan(long id) {
        return Optional.ofNullable(plans.get(id));
    }

    public Collection<Plan> plans() {
        return plans.values();
    }

    public List<PlanItem> items(long planId) {
        return itemsByPlan.getOrDefault(planId, List.of());
    }

    public List<PlanItem> itemsOfProduct(String productId) {
        return itemsByProduct.getOrDefault(productId, List.of());
    }

    public List<PlanCreator> creators(long planId) {
        return creatorsByPlan.getOrDefault(planId, List.of());
    }

    public List<PlanCreator> plansOfCreator(long creatorId) {
        return plansByCreator.getOrDefault(creatorId, List.of());
    }

    public List<Application> applications(long creatorId) {
        return applicationsByCreator.getOrDefault(creatorId, List.of());
    }

    /// Applications that can earn, for every creator.
    public List<Application> applications() {
        return applicationsByCreator.values().stream().flatMap(List::stream).toList();
    }

    /// Rate changes of a plan's product in the order they were made (`null` product: the shop rate).
    public List<RateChange> changes(long planId, String productId) {
        Map<String, List<RateChange>> ofPlan = changes.get(planId);
        return ofPlan == null ? List.of() : ofPlan.getOrDefault(productId == null ? SHOP_KEY : productId, List.of());
    }

    /// Every rate change of a plan, in the order they were made.
    public List<RateChange> changes(long planId) {
        Map<String, List<RateChange>> ofPlan = changes.get(planId);
        if (ofPlan == null) {
            return List.of();
        }
        return ofPlan.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(RateChange::changedAt).thenComparingLong(RateChange::id)).toList();
    }

    /// Published plans of a type that currently hold the product, for the product picker's
    /// "Included in plan" mark naming the plan (R-PR-1).
    public List<Plan> plansHolding(String productId, PlanType type) {
        return itemsOfProduct(productId).stream()
                .filter(i -> i.removedAt() == null)
                .map(i -> plans.get(i.planId()))
                .filter(p -> p != null && p.type() == type && p.status() == PlanStatus.PUBLISHED)
                .sorted(Comparator.comparingLong(Plan::id))
                .toList();
    }

    /// The product's status, empty when the product list does not know it.
    public Optional<ProductStatus> productStatus(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    /// The product's title, so explanations name products as the seller knows them; the id when
    /// the product list gives no title.
    public String productLabel(String productId) {
        String title = productId == null ? null : titles.get(productId);
        return title == null || title.isBlank() ? productId : title;
    }

    /// `@handle` when known, else `#id`.
    public String label(long creatorId) {
        String handle = handles.get(creatorId);
        return handle == null ? "#" + creatorId : "@" + handle;
    }

    public Optional<Long> creatorIdOf(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        String bare = handle.startsWith("@") ? handle.substring(1) : handle;
        return Optional.ofNullable(idsByHandle.get(bare));
    }

    /// Collects the rows of a snapshot; tests and the service that reads a workspace fill it.
    public static final class Builder {
        private final ZoneId zone;
        private final Map<Long, Plan> plans = new LinkedHashMap<>();
        private final List<PlanItem> items = new ArrayList<>();
        private final List<PlanCreator> creators = new ArrayList<>();
        private final List<Application> applications = new ArrayList<>();
        private final List<RateChange> changes = new ArrayList<>();
        private final Map<String, ProductStatus> products = new HashMap<>();
        private final Map<Long, String> handles = new HashMap<>();
        private final Map<String, String> titles = new HashMap<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder plan(Plan plan) {
            plans.put(plan.id(), plan);
            return this;
        }

        public Builder item(PlanItem item) {
            items.add(item);
            return this;
        }

        public Builder creator(PlanCreator creator) {
            creators.add(creator);
            return this;
        }

        public Builder application(Application application) {
            applications.add(application);
            return this;
        }

        public Builder change(RateChange change) {
            changes.add(change);
            return this;
        }

        public Builder product(String productId, ProductStatus status) {
            products.put(productId, status);
            return this;
        }

        /// The product with its title, which explanations show instead of the id.
        public Builder product(String productId, ProductStatus status, String title) {
            products.put(productId, status);
            if (title != null) {
                titles.put(productId, title);
            }
            return this;
        }

        public Builder handle(long creatorId, String handle) {
            handles.put(creatorId, handle);
            return this;
        }

        /// The creators the rows added so far name (plan creators, then applicants), in that order.
        public Set<Long> creatorIds() {
            Set<Long> ids = new LinkedHashSet<>();
            creators.forEach(c -> ids.add(c.creatorId()));
            applications.forEach(a -> ids.add(a.creatorId()));
            return ids;
        }

        public CommissionSnapshot build() {
            return new CommissionSnapshot(this);
        }
    }
}
