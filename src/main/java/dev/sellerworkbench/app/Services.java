package dev.sellerworkbench.app;

import dev.sellerworkbench.exchange.Importer;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.insights.Insights;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.outreach.Outreach;
import dev.sellerworkbench.queue.ApprovalQueue;
import dev.sellerworkbench.samples.Samples;
import dev.sellerworkbench.search.CreatorIndex;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.search.SavedSearches;
import dev.sellerworkbench.service.CreatorLevels;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.service.RecomputeService;
import dev.sellerworkbench.service.SettlementService;
import dev.sellerworkbench.service.WorkspaceProfiles;
import dev.sellerworkbench.settings.CategoryOverrides;
import dev.sellerworkbench.settings.SettingsService;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;

/// The composition root: the services of one open workspace, built once by the window and by the
/// command line alike and handed to what needs them. The services hold nothing but the workspace,
/// the clock and the language, so one set serves every screen; a new language builds a new set.
public record Services(Workspace workspace, Clock clock, Messages messages, PlanService plans,
                       SettlementService settlement, RecomputeService recompute, CreatorLevels levels,
                       ApprovalQueue approvals, Collaborations collaborations, Insights insights,
                       SettingsService settings, Importer importer, Samples samples,
                       Outreach outreach, WorkspaceProfiles profiles) {

    public static Services of(Workspace workspace, Clock clock, Messages messages) {
        return new Services(workspace, clock, messages, new PlanService(workspace, clock),
                new SettlementService(workspace), new RecomputeService(workspace, clock, messages),
                new CreatorLevels(workspace), new ApprovalQueue(workspace, clock),
                new Collaborations(workspace, clock), new Insights(workspace), new SettingsService(workspace),
                new Importer(workspace, messages, clock), new Samples(workspace, clock),
                new Outreach(workspace, clock), new WorkspaceProfiles(workspace));
    }

    /// The invitations of the workspace, made on each call: they read the message templates as
    /// they stand when made, and staff change those in Settings.
    public Invitations invitations() {
        return new Invitations(workspace, clock);
    }

    /// The seller's names for platform category ids; it holds nothing but the workspace and reads
    /// the names as they stand on each call.
    public CategoryOverrides categories() {
        return new CategoryOverrides(workspace);
    }

    /// The in-memory creator search of the workspace, shared by everything that searches it.
    public CreatorSearch search() {
        return CreatorSearches.of(workspace);
    }

    /// The saved searches of the workspace, judged against `index` (the window's shared index, or
    /// the one a command built).
    public SavedSearches savedSearches(CreatorIndex index) {
        return new SavedSearches(workspace, index, clock);
    }
}
