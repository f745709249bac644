package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.PlanLimits;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.store.Workspace;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Everything an editor reads when it opens, loaded in one background task: the stored plan (null
/// for a new one), products, the plan's creators, the commission snapshot the picker, conflicts,
/// pending changes and the rate preview read, the limits, showcases, saved lists and the seller's zone.
record EditorData(StoredPlan stored, Plan header, Map<String, Product> products, List<Creator> creators,
                  CommissionSnapshot snapshot, PlanLimits limits, Map<Long, List<String>> showcase,
                  List<SavedList> savedLists, ZoneId zone) {

    static EditorData load(Workspace ws, long planId, Plan fresh) {
        StoredPlan stored = planId == 0 ? null : StoredPlan.load(ws, planId);
        Plan header = stored == null ? fresh : stored.plan();
        Map<String, Product> products = new LinkedHashMap<>();
        ws.products().findAll().forEach(p -> products.put(p.id(), p));
        List<Creator> creators = List.of();
        if (stored != null) {
            Map<Long, Creator> byId = new LinkedHashMap<>();
            ws.creators().findByIds(stored.activeCreatorIds()).forEach(c -> byId.put(c.id(), c));
            creators = stored.activeCreatorIds().stream().map(byId::get).filter(Objects::nonNull).toList();
        }
        return new EditorData(stored, header, products, creators, CommissionSnapshot.load(ws),
                PlanLimits.from(ws.settings()), planId == 0 ? Map.of() : ws.plans().showcase(planId),
                ws.savedLists().all(), ws.settings().timeZone());
    }
}
