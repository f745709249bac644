package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanItem;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Invitations of targeted plans (§6): the seller's contact, templates, tokens and, per plan,
/// every current member's link, message and WhatsApp link. The window and `invitations` command
/// both go through here.
public final class Invitations {

    private final Workspace workspace;
    private final InvitationTokens tokens;
    private final MessageTemplates templates;
    private final MessageSettings messageSettings;

    public Invitations(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.tokens = new InvitationTokens(workspace, clock);
        this.templates = new MessageTemplates(workspace.settings());
        this.messageSettings = new MessageSettings(workspace, clock);
    }

    public InvitationTokens tokens() {
        return tokens;
    }

    public MessageTemplates templates() {
        return templates;
    }

    public SellerContact contact() {
        return SellerContact.load(workspace.settings());
    }

    /// The contact, link and template form, saved only over what it was read at (R-IN-7).
    public MessageSettings messageSettings() {
        return messageSettings;
    }

    /// The link used for plans without a base link of their own (see [InvitationLinks]).
    public String linkTemplate() {
        return workspace.settings().get(InvitationLinks.TEMPLATE_SETTING, "");
    }

    public List<Plan> targetedPlans() {
        return workspace.plans().findByType(PlanType.TARGETED);
    }

    /// The language a creator's messages are in: the plan's override for them, else their region's.
    public static Locale languageOf(Region region, String override) {
        if (override != null && !override.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(override));
        }
        return Messages.supported(region == null ? Locale.ENGLISH : region.creatorLocale());
    }

    /// Overrides (or, with null, resets to the region's) a creator's message language in a plan.
    public void setLanguage(long planId, long creatorId, Locale language) {
        workspace.plans().setCreatorLanguage(planId, creatorId,
                language == null ? null : Messages.supported(language).toLanguageTag());
    }

    /// Every current (not removed) member's invitation, issuing tokens to members without one.
    ///
    /// @throws IllegalArgumentException when there is no targeted plan with this id
    public PlanInvitations forPlan(long planId) {
        Plan plan = workspace.plans().findById(planId)
                .filter(p -> p.type() == PlanType.TARGETED)
                .orElseThrow(() -> new IllegalArgumentException("There is no targeted plan with id " + planId));
        tokens.issueMissing(planId);
        List<PlanCreator> members = workspace.plans().creators(planId).stream()
                .filter(m -> m.status() != InvitationStatus.REMOVED).toList();
        Map<Long, Creator> creators = workspace.creators().findByIds(members.stream().map(PlanCreator::creatorId).toList())
                .stream().collect(Collectors.toMap(Creator::id, Function.identity()));
        Map<Long, String> languages = workspace.plans().creatorLanguages(planId);
        List<String> products = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        for (PlanItem item : workspace.plans().items(planId)) {
            Optional<Product> product = workspace.products().findById(item.productId());
            // Revoked products earn no new commission (R-PR-2): not worth inviting anyone to.
            if (item.removedAt() == null && product.isPresent() && product.get().live()) {
                products.add(product.get().title());
                rates.add(item.rate());
            }
        }
        SellerContact contact = contact();
        String base = InvitationLinks.base(plan, workspace.settings().get(InvitationLinks.TEMPLATE_SETTING).orElse(null));
        Map<Locale, String> templateOf = new HashMap<>();
        List<Invitation> invitations = new ArrayList<>();
        for (PlanCreator member : members) {
            Creator creator = creators.get(member.creatorId());
            if (creator == null) {
                continue;
            }
            String override = languages.get(creator.id());
            Locale language = languageOf(creator.region(), override);
            String link = InvitationLinks.forToken(base, member.token());
            String addressed = creator.name() == null || creator.name().isBlank() ? creator.displayHandle() : creator.name();
            MessageFacts facts = new MessageFacts(addressed, plan.name(), products, rates, plan.endDate(), link, contact);
            String template = templateOf.computeIfAbsent(language, templates::template);
            invitations.add(new Invitation(planId, creator.id(), creator.handle(), creator.name(), creator.region(),
                    member.status(), member.invitedAt(), language, override != null, link, facts,
                    MessageTemplates.render(template, facts, language), WhatsApp.check(creator.whatsapp(), creator.region())));
        }
        return new PlanInvitations(plan, invitations, contact, base != null);
    }
}
