package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.exchange.InvitationExport;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Collaborations;
import dev.sellerworkbench.invitations.Invitation;
import dev.sellerworkbench.invitations.InvitationTexts;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.invitations.MessageFacts;
import dev.sellerworkbench.invitations.PlanInvitations;
import dev.sellerworkbench.search.CreatorSearch;
import dev.sellerworkbench.search.CreatorSearches;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ErrorText;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.LinkOpener;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.common.UiCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Invitations: the targeted plans and, for the chosen one, each invited creator's link, message
/// and WhatsApp link or the reason there is none (R-IN-2..4); export, token check, and the
/// "Message & contact" pane ([MessageContactViewModel]).
public final class InvitationsViewModel {

    private final Workspace workspace;
    private final Collaborations collaborationService;
    private final CreatorSearch search;
    private final TaskRunner tasks;
    private final Formats formats;
    private final Clock clock;
    private final LinkOpener links;
    private final Messages messages;
    private final Invitations invitations;
    private final Consumer<String> clipboard;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final List<Plan> allPlans = new ArrayList<>();
    private final BooleanProperty showAllPlans = new SimpleBooleanProperty(false);
    private final CollaborationActions collaborations;
    private final ObjectProperty<Plan> selected = new SimpleObjectProperty<>();
    private final ObservableList<InvitedRow> invited = FXCollections.observableArrayList();
    private final ObjectProperty<InvitedRow> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invitationLink = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whatsapp = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper planWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportSummary = new ReadOnlyStringWrapper("");
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper verifyResult = new ReadOnlyStringWrapper("");
    private final ObjectBinding<MessageFacts> sampleFacts;
    private final MessageContactViewModel messageContact;
    private final UiCommand copyLink;
    private final UiCommand copyWhatsapp;
    private final UiCommand copyMessage;
    private final UiCommand openWhatsapp;
    private final UiCommand verify;
    private boolean showingRow;
    private Runnable afterSent = () -> { };
    private Predicate<String> confirm = question -> true;
    private final OutreachCounter counter;
    private long showCreator = -1;

    /// `clipboard` puts text on the system clipboard (the view passes JavaFX's).
    public InvitationsViewModel(Workspace workspace, PlanService plans, Collaborations collaborationService,
            CreatorSearch search, Invitations invitations, TaskRunner tasks, Messages messages, Formats formats,
            Clock clock, LinkOpener links, OutreachCounter outreachCounter, Consumer<String> clipboard) {
        this.workspace = workspace;
        this.collaborationService = collaborationService;
        this.search = search;
        this.tasks = tasks;
        this.formats = formats;
        this.clock = clock;
        this.links = links;
        this.messages = messages;
        this.invitations = invitations;
        this.clipboard = clipboard;
        this.counter = outreachCounter;
        selected.addListener((obs, old, now) -> {
            exportSummary.set("");
            loadInvited(now, currentCreator());
        });
        current.addListener((obs, old, now) -> {
            showingRow = true;
            language.set(now == null ? null : now.invitation().language());
            showingRow = false;
            if (old == null || now == null || old.invitation().creatorId() != now.invitation().creatorId()) {
                notice.set(""); // the same creator shown again after a reload keeps "copied"
            }
            message.set(now == null ? "" : now.invitation().message());
            invitationLink.set(now == null ? "" : now.invitation().invitationLink());
            whatsapp.set(now == null ? "" : now.linkable() ? now.invitation().whatsappLink() : now.whatsapp());
        });
        language.addListener((obs, old, now) -> {
            if (!showingRow && now != null && current.get() != null && !now.equals(current.get().invitation().language())) {
                changeLanguage(current.get().invitation(), now);
            }
        });
        sampleFacts = Bindings.createObjectBinding(() -> current.get() != null ? current.get().invitation().facts()
                : invited.isEmpty() ? null : invited.getFirst().invitation().facts(), current, invited);
        messageContact = new MessageContactViewModel(tasks, messages, formats, invitations, sampleFacts,
                () -> loadInvited(selected.get(), currentCreator()));
        var rowChosen = current.isNotNull();
        var rowLinkable = Bindings.createBooleanBinding(() -> current.get() != null && current.get().linkable(), current);
        collaborations = new CollaborationActions(workspace, plans, collaborationService, search, tasks, messages,
                formats, clock,
                () -> selected.get() == null ? 0 : selected.get().id(),
                () -> {
                    loadInvited(selected.get(), currentCreator());
                    counter.refresh();
                    afterSent.run();
                });
        showAllPlans.addListener((obs, old, now) -> showPlans());
        copyLink = new UiCommand(() -> copySent(current.get().invitation().invitationLink(), Collaborations.Channel.LINK),
                Bindings.createBooleanBinding(() -> current.get() != null
                        && !current.get().invitation().invitationLink().isEmpty(), current));
        copyWhatsapp = new UiCommand(() -> copySent(current.get().invitation().whatsappLink(),
                Collaborations.Channel.WHATSAPP), rowLinkable);
        copyMessage = new UiCommand(() -> copySent(current.get().invitation().message(), Collaborations.Channel.MESSAGE),
                rowChosen);
        openWhatsapp = new UiCommand(() -> {
            if (!withinLimit(1)) {
                return;
            }
            links.open(current.get().invitation().whatsappLink());
            sent(Collaborations.Channel.WHATSAPP);
        }, rowLinkable);
        verify = new UiCommand(this::verifyToken, token.isNotEmpty());
    }

    public void load() {
        counter.refresh();
        BackgroundTask.of(messages.get("invitations.loading"), progress -> invitations.targetedPlans())
                .onSuccess(list -> {
                    allPlans.clear();
                    allPlans.addAll(list);
                    showPlans();
                    // Coming back to the screen: keep the plan, but show what changed elsewhere meanwhile.
                    Plan previous = selected.get();
                    Plan keep = plans.stream().filter(p -> previous != null && p.id() == previous.id()).findFirst()
                            .orElse(plans.isEmpty() ? null : plans.getFirst());
                    if (keep != null && keep.equals(previous)) {
                        loadInvited(keep, currentCreator());
                    } else {
                        selected.set(keep);
                    }
                })
                .runWith(tasks);
        messageContact.load();
    }

    /// The plans listed: those whose invitations can go out now (published, not past their end date
    /// in the seller's zone), or every targeted plan when the user asks for drafts and ended ones too.
    private void showPlans() {
        LocalDate today = clock.instant().atZone(formats.zone()).toLocalDate();
        List<Plan> shown = allPlans.stream().filter(p -> showAllPlans.get() || sendable(p, today)).toList();
        plans.setAll(shown);
        if (selected.get() != null && shown.stream().noneMatch(p -> p.id() == selected.get().id())) {
            selected.set(shown.isEmpty() ? null : shown.getFirst());
        }
    }

    private static boolean sendable(Plan plan, LocalDate today) {
        return plan.status() == PlanStatus.PUBLISHED && (plan.endDate() == null || !plan.endDate().isBefore(today));
    }

    /// Copies what the user asked for and records that the chosen creator's invitation went out.
    private void copySent(String text, Collaborations.Channel channel) {
        if (!withinLimit(1)) {
            return;
        }
        copy(text);
        sent(channel);
    }

    private void sent(Collaborations.Channel channel) {
        Plan plan = selected.get();
        if (current.get() != null && plan != null && sendable(plan,
                clock.instant().atZone(formats.zone()).toLocalDate())) {
            collaborations.markSent(List.of(current.get().invitation().creatorId()), channel);
        }
    }

    /// Loads the plan's invitations (issuing missing tokens) and selects `keepCreator` again if given.
    private void loadInvited(Plan plan, long keepCreator) {
        if (plan == null) {
            invited.clear();
            planWarning.set("");
            return;
        }
        BackgroundTask.of(messages.get("invitations.loading"), progress -> invitations.forPlan(plan.id()))
                .onSuccess(result -> {
                    if (!plan.equals(selected.get())) {
                        return; // the user moved on to another plan meanwhile
                    }
                    invited.setAll(result.invitations().stream().map(this::row).toList());
                    planWarning.set(result.hasLink() ? "" : messages.get("invitations.noPlanLink"));
                    current.set(invited.stream().filter(r -> r.invitation().creatorId() == keepCreator)
                            .findFirst().orElse(null));
                })
                .runWith(tasks);
    }

    private long currentCreator() {
        if (showCreator >= 0) {
            long wanted = showCreator;
            showCreator = -1;
            return wanted;
        }
        return current.get() == null ? -1 : current.get().invitation().creatorId();
    }

    /// R-OUT-4: true when `more` messages keep within the week's limit, or the user agreed to pass it.
    private boolean withinLimit(int more) {
        var week = counter.week();
        if (week == null || !week.wouldPass(more)) {
            return true;
        }
        boolean go = confirm.test(messages.get("invitations.week.confirm", week.sent(), week.limit(), more));
        if (!go) {
            notice.set(messages.get("invitations.week.notSent"));
        }
        return go;
    }

    /// How the screen asks a yes-or-no question (a dialog in the window); true goes ahead.
    public void confirmWith(Predicate<String> question) {
        confirm = question;
    }

    /// Runs on the FX thread after a change to the invitations was saved (the outreach tabs reload).
    public void afterSent(Runnable action) {
        afterSent = action;
    }

    /// Chooses a plan (listing every targeted plan if it is not a running one) and its creator.
    public void show(long planId, long creatorId) {
        Plan plan = allPlans.stream().filter(p -> p.id() == planId).findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        if (plans.stream().noneMatch(p -> p.id() == planId)) {
            showAllPlans.set(true);
        }
        showCreator = creatorId;
        if (plan.equals(selected.get())) {
            loadInvited(plan, currentCreator());
        } else {
            selected.set(plan);
        }
    }

    private InvitedRow row(Invitation i) {
        String whatsapp = i.number().linkable() ? "wa.me/" + i.number().digits()
                : InvitationTexts.reason(messages, i.number());
        return new InvitedRow(i, i.displayHandle(), i.name() == null ? "" : i.name(),
                InvitationTexts.status(messages, i.status()),
                languageName(i.language()), whatsapp, formats.dateTime(i.invitedAt()));
    }

    public String languageName(Locale language) {
        return language == null ? "" : messages.get("invitations.lang." + language.toLanguageTag());
    }

    private void changeLanguage(Invitation invitation, Locale chosen) {
        BackgroundTask.of(messages.get("invitations.saving"), progress -> {
                    invitations.setLanguage(invitation.planId(), invitation.creatorId(), chosen);
                    return null;
                })
                .onSuccess(done -> loadInvited(selected.get(), invitation.creatorId()))
                .runWith(tasks);
    }

    private void copy(String text) {
        clipboard.accept(text);
        notice.set(messages.get("invitations.copied"));
    }

    /// Writes the CSV and the printable page of the chosen plan into `folder`.
    public void export(Path folder) {
        Plan plan = selected.get();
        if (plan == null || folder == null || !withinLimit(Math.max(1, invited.size()))) {
            return;
        }
        BackgroundTask.of(messages.get("invitations.exporting"), progress -> {
                    Collaborations recorded = collaborationService;
                    recorded.requireSendable(plan.id());
                    PlanInvitations all = invitations.forPlan(plan.id());
                    InvitationExport.Result result = new InvitationExport(messages).write(all, folder);
                    // a CSV row and a QR page went out for each of them (R-IN-5)
                    List<Long> ids = all.invitations().stream().map(Invitation::creatorId).toList();
                    recorded.markSent(plan.id(), ids, Collaborations.Channel.CSV);
                    search.contacted(ids, clock.instant());
                    return result;
                })
                .onSuccess(result -> {
                    exportSummary.set(summary(result));
                    loadInvited(selected.get(), currentCreator());
                    counter.refresh();
                    afterSent.run();
                })
                .onFailure(error -> exportSummary.set(error instanceof Collaborations.Refused refused
                        ? refused.message(messages) : ErrorText.describe(messages, error, workspace.location())))
                .runWith(tasks);
    }

    private String summary(InvitationExport.Result result) {
        StringBuilder text = new StringBuilder(messages.get("invitations.export.done", result.invitations(),
                result.csv().getParent().toString()));
        if (result.skipped().isEmpty()) {
            text.append('\n').append(messages.get("invitations.export.skippedNone"));
        } else {
            text.append('\n').append(messages.get("invitations.export.skipped", result.skipped().size()));
            result.skipped().forEach(s -> text.append("\n  ").append(s.handle()).append(" — ").append(s.reason()));
        }
        return text.toString();
    }

    private void verifyToken() {
        String input = token.get();
        BackgroundTask.of(messages.get("invitations.loading"), progress -> invitations.tokens().verify(input))
                .onSuccess(check -> verifyResult.set(InvitationTexts.verdict(messages, check, formats::dateTime)))
                .runWith(tasks);
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

    public ObjectProperty<InvitedRow> currentProperty() {
        return current;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /// The chosen creator's message in their language.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty invitationLinkProperty() {
        return invitationLink.getReadOnlyProperty();
    }

    /// The chosen creator's click-to-chat link, or the reason they have none.
    public ReadOnlyStringProperty whatsappProperty() {
        return whatsapp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planWarningProperty() {
        return planWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportSummaryProperty() {
        return exportSummary.getReadOnlyProperty();
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public ReadOnlyStringProperty verifyResultProperty() {
        return verifyResult.getReadOnlyProperty();
    }

    /// Drafts and ended plans listed too (their invitations are shown but cannot go out).
    public BooleanProperty showAllPlansProperty() {
        return showAllPlans;
    }

    public CollaborationActions collaborations() {
        return collaborations;
    }

    public MessageContactViewModel messageContact() {
        return messageContact;
    }

    public UiCommand copyLinkCommand() {
        return copyLink;
    }

    public UiCommand copyWhatsappCommand() {
        return copyWhatsapp;
    }

    public UiCommand copyMessageCommand() {
        return copyMessage;
    }

    public UiCommand openWhatsappCommand() {
        return openWhatsapp;
    }

    public UiCommand verifyCommand() {
        return verify;
    }
}
