package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Invitation;
import dev.sellerworkbench.invitations.InvitationExport;
import dev.sellerworkbench.invitations.InvitationTexts;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.invitations.MessageFacts;
import dev.sellerworkbench.invitations.PlanInvitations;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.UiCommand;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Invitations: the targeted plans and, for the chosen one, each invited creator's link, message
/// and WhatsApp link or the reason there is none (R-IN-2..4); export, token check, and the
/// "Message & contact" pane ([MessageContactViewModel]).
public final class InvitationsViewModel {

    private final AppContext context;
    private final Messages messages;
    private final Invitations invitations;
    private final Consumer<String> clipboard;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
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

    /// `clipboard` puts text on the system clipboard (the view passes JavaFX's).
    public InvitationsViewModel(AppContext context, Consumer<String> clipboard) {
        this.context = context;
        this.messages = context.messages();
        this.invitations = new Invitations(context.workspace(), context.clock());
        this.clipboard = clipboard;
        selected.addListener((obs, old, now) -> {
            exportSummary.set("");
            loadInvited(now, currentCreator());
        });
        current.addListener((obs, old, now) -> {
            showingRow = true;
            language.set(now == null ? null : now.invitation().language());
            showingRow = false;
            notice.set("");
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
        messageContact = new MessageContactViewModel(context, invitations, sampleFacts,
                () -> loadInvited(selected.get(), currentCreator()));
        var rowChosen = current.isNotNull();
        var rowLinkable = Bindings.createBooleanBinding(() -> current.get() != null && current.get().linkable(), current);
        copyLink = new UiCommand(() -> copy(current.get().invitation().invitationLink()),
                Bindings.createBooleanBinding(() -> current.get() != null
                        && !current.get().invitation().invitationLink().isEmpty(), current));
        copyWhatsapp = new UiCommand(() -> copy(current.get().invitation().whatsappLink()), rowLinkable);
        copyMessage = new UiCommand(() -> copy(current.get().invitation().message()), rowChosen);
        openWhatsapp = new UiCommand(() -> context.links().open(current.get().invitation().whatsappLink()), rowLinkable);
        verify = new UiCommand(this::verifyToken, token.isNotEmpty());
    }

    public void load() {
        BackgroundTask.of(messages.get("invitations.loading"), progress -> invitations.targetedPlans())
                .onSuccess(list -> {
                    plans.setAll(list);
                    // Coming back to the screen: keep the plan, but show what changed elsewhere meanwhile.
                    Plan previous = selected.get();
                    Plan keep = list.stream().filter(p -> previous != null && p.id() == previous.id()).findFirst()
                            .orElse(list.isEmpty() ? null : list.getFirst());
                    if (keep != null && keep.equals(previous)) {
                        loadInvited(keep, currentCreator());
                    } else {
                        selected.set(keep);
                    }
                })
                .runWith(context.tasks());
        messageContact.load();
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
                .runWith(context.tasks());
    }

    private long currentCreator() {
        return current.get() == null ? -1 : current.get().invitation().creatorId();
    }

    private InvitedRow row(Invitation i) {
        String whatsapp = i.number().linkable() ? "wa.me/" + i.number().digits()
                : InvitationTexts.reason(messages, i.number());
        return new InvitedRow(i, i.displayHandle(), i.name() == null ? "" : i.name(),
                InvitationTexts.status(messages, i.status()),
                languageName(i.language()), whatsapp, context.formats().dateTime(i.invitedAt()));
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
                .runWith(context.tasks());
    }

    private void copy(String text) {
        clipboard.accept(text);
        notice.set(messages.get("invitations.copied"));
    }

    /// Writes the CSV and the printable page of the chosen plan into `folder`.
    public void export(Path folder) {
        Plan plan = selected.get();
        if (plan == null || folder == null) {
            return;
        }
        BackgroundTask.of(messages.get("invitations.exporting"), progress -> {
                    PlanInvitations all = invitations.forPlan(plan.id());
                    return new InvitationExport(messages).write(all, folder);
                })
                .onSuccess(result -> exportSummary.set(summary(result)))
                .runWith(context.tasks());
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
                .onSuccess(check -> verifyResult.set(InvitationTexts.verdict(messages, check, context.formats()::dateTime)))
                .runWith(context.tasks());
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
