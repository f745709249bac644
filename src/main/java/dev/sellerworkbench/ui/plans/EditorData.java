package dev.sellerworkbench.ui.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sellerworkbench.commission.CommissionSnapshot;
import dev.sellerworkbench.commission.PlanLimits;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.RateChange;
import dev.sellerworkbench.domain.SavedList;
import dev.sellerworkbench.service.EngineInputs;
import dev.sellerworkbench.store.PlanRepository;
import dev.sellerworkbench.store.Workspace;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Everything an editor reads when it opens, loaded in one background task: the stored plan (null
/// for a new one), products, the plan's creators, the commission snapshot the picker, conflicts,
/// pending changes and the rate preview read, the limits, showcases, saved lists and the seller's zone.
/// `kept` is the unpublished edit of a published plan kept from an earlier session, or null.
record EditorData(StoredPlan stored, Plan header, Map<String, Product> products, List<Creator> creators,
                  CommissionSnapshot snapshot, PlanLimits limits, Map<Long, List<String>> showcase,
                  List<SavedList> savedLists, ZoneId zone, KeptEdit kept, List<RateChange> rateChanges) {

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
        return new EditorData(stored, header, products, creators, EngineInputs.commissionSnapshot(ws),
                EngineInputs.planLimits(ws.settings()), planId == 0 ? Map.of() : ws.plans().showcase(planId),
                ws.savedLists().all(), ws.settings().timeZone(), kept(ws, stored),
                planId == 0 ? List.of() : ws.plans().rateChanges(planId));
    }

    /// The same editor data with the plan's creators, showcases and the commission snapshot read
    /// again, after staff recorded what creators did (R-IN-5); the edit in progress is not touched.
    EditorData withCollaborations(Workspace ws) {
        if (stored == null) {
            return this;
        }
        StoredPlan fresh = new StoredPlan(stored.plan(), stored.items(), ws.plans().creators(stored.plan().id()));
        return new EditorData(fresh, header, products, creators, EngineInputs.commissionSnapshot(ws), limits,
                ws.plans().showcase(stored.plan().id()), savedLists, zone, kept, rateChanges);
    }

    /// This staff member's kept edit of the published plan. One begun on an older version (the
    /// plan was published again since) is dropped and reported stale; one that cannot be read is
    /// dropped.
    private static KeptEdit kept(Workspace ws, StoredPlan stored) {
        if (stored == null || stored.plan().status() != PlanStatus.PUBLISHED) {
            return null;
        }
        String staff = ws.settings().staffName();
        PlanRepository.UnpublishedEdit edit = ws.plans().unpublishedEdit(stored.plan().id(), staff).orElse(null);
        if (edit == null) {
            return null;
        }
        if (edit.baseVersion() != stored.plan().version()) {
            ws.plans().dropUnpublishedEdit(edit.planId(), staff);
            return new KeptEdit(null, edit.savedAt(), true, List.of());
        }
        EditorState state;
        try {
            state = KeptEdit.read(edit.state());
        } catch (JsonProcessingException e) {
            ws.plans().dropUnpublishedEdit(edit.planId(), staff);
            return null;
        }
        return new KeptEdit(state, edit.savedAt(), false, ws.creators().findByIds(state.creatorIds()));
    }
}
