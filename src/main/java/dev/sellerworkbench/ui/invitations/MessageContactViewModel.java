package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.invitations.MessageFacts;
import dev.sellerworkbench.invitations.MessageSettings;
import dev.sellerworkbench.invitations.MessageTemplates;
import dev.sellerworkbench.invitations.SellerContact;
import dev.sellerworkbench.ui.common.BackgroundTask;
import dev.sellerworkbench.ui.common.ConflictModel;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import dev.sellerworkbench.ui.common.UiCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The "Message & contact" pane: the seller's contact with its hide switches (R-IN-1) and the
/// message template of each language, with a live preview on a real invited creator. A save that a
/// colleague's came before shows who and when, with reload and reapply (R-IN-7).
public final class MessageContactViewModel implements ConflictModel {

    private final TaskRunner tasks;
    private final Formats formats;
    private final Messages messages;
    private final Invitations invitations;
    private final Runnable onSaved;
    private final StringProperty whatsapp = new SimpleStringProperty("");
    private final BooleanProperty whatsappHidden = new SimpleBooleanProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final BooleanProperty emailHidden = new SimpleBooleanProperty();
    private final StringProperty linkTemplate = new SimpleStringProperty("");
    private final ObservableList<Locale> languages = FXCollections.observableArrayList(MessageTemplates.languages());
    private final ObjectProperty<Locale> templateLanguage = new SimpleObjectProperty<>();
    private final StringProperty template = new SimpleStringProperty("");
    private final Map<Locale, String> drafts = new HashMap<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    /// The form as last read or saved, with versions: a save is checked against it.
    private MessageSettings.Loaded read;
    private final UiCommand save;
    private final UiCommand restoreDefault;

    MessageContactViewModel(TaskRunner tasks, Messages messages, Formats formats, Invitations invitations,
            ObservableValue<MessageFacts> sample,
                            Runnable onSaved) {
        this.tasks = tasks;
        this.formats = formats;
        this.messages = messages;
        this.invitations = invitations;
        this.onSaved = onSaved;
        templateLanguage.addListener((obs, old, now) -> {
            if (old != null) {
                drafts.put(old, template.get());
            }
            template.set(now == null ? "" : drafts.getOrDefault(now, ""));
        });
        preview.bind(Bindings.createStringBinding(() -> preview(sample.getValue()), sample, template, templateLanguage,
                whatsapp, whatsappHidden, email, emailHidden));
        warning.bind(Bindings.createStringBinding(() -> {
            List<String> unknown = MessageTemplates.unknownPlaceholders(template.get());
            return unknown.isEmpty() ? "" : messages.get("invitations.template.unknown", String.join(", ", unknown));
        }, template));
        save = new UiCommand(this::save, templateLanguage.isNotNull().and(conflict.isEmpty()));
        restoreDefault = new UiCommand(() -> template.set(MessageTemplates.defaultTemplate(templateLanguage.get())),
                templateLanguage.isNotNull());
        whatsapp.addListener((obs, old, now) -> status.set(""));
        template.addListener((obs, old, now) -> status.set(""));
    }

    void load() {
        BackgroundTask.of(messages.get("invitations.loading"), progress -> invitations.messageSettings().load())
                .onSuccess(this::show)
                .runWith(tasks);
    }

    /// Shows the form as stored: what a save is checked against, and what a reapply keeps edits of.
    private void show(MessageSettings.Loaded loaded) {
        read = loaded;
        MessageSettings.Form form = loaded.form();
        SellerContact contact = form.contact();
        whatsapp.set(contact.whatsapp());
        whatsappHidden.set(contact.whatsappHidden());
        email.set(contact.email());
        emailHidden.set(contact.emailHidden());
        Locale shownLanguage = templateLanguage.get();
        templateLanguage.set(null);
        drafts.clear();
        drafts.putAll(form.templates());
        linkTemplate.set(form.linkTemplate());
        templateLanguage.set(shownLanguage != null ? shownLanguage : Messages.supported(messages.getLocale()));
        status.set("");
        conflict.set("");
    }

    SellerContact contact() {
        return new SellerContact(whatsapp.get(), whatsappHidden.get(), email.get(), emailHidden.get());
    }

    private String preview(MessageFacts facts) {
        Locale language = templateLanguage.get();
        if (facts == null || language == null) {
            return messages.get("invitations.preview.none");
        }
        return MessageTemplates.render(template.get(), facts.withContact(contact()), language);
    }

    /// The form as it stands on screen.
    private MessageSettings.Form form() {
        if (templateLanguage.get() != null) {
            drafts.put(templateLanguage.get(), template.get());
        }
        return new MessageSettings.Form(contact(), drafts, linkTemplate.get());
    }

    /// Saves what changed since the form was read, unless a colleague changed it first (R-IN-7).
    private void save() {
        if (read == null) {
            return;
        }
        MessageSettings.Loaded base = read;
        MessageSettings.Form wanted = form();
        BackgroundTask.of(messages.get("invitations.saving"), progress -> invitations.messageSettings().save(base, wanted))
                .onSuccess(saved -> {
                    if (saved.ok()) {
                        // what is stored now, colleagues' changes to other fields included: a form
                        // left showing their older values would write those back with the next save
                        show(saved.now());
                        status.set(messages.get("invitations.saved"));
                        onSaved.run();
                        return;
                    }
                    String field = MessageSettings.label(saved.lost().getFirst(), messages);
                    status.set("");
                    conflict.set(saved.by().isEmpty() ? messages.get("settings.conflict.unknown", field)
                            : messages.get("settings.conflict.by", saved.by().get().actor(), field,
                                    formats.dateTime(saved.by().get().at())));
                })
                .runWith(tasks);
    }

    /// After a conflict: drop this user's edits and show the form as the colleague left it.
    @Override
    public void reloadAfterConflict() {
        load();
    }

    /// After a conflict: this user's edits on top of the colleague's form, saved at the versions
    /// read afresh. Still checked: a third colleague's save in between shows the conflict again.
    @Override
    public void reapplyAfterConflict() {
        if (conflict.get().isEmpty() || read == null) {
            return;
        }
        MessageSettings.Form shown = read.form();
        MessageSettings.Form edited = form();
        BackgroundTask.of(messages.get("invitations.saving"), progress -> invitations.messageSettings().load())
                .onSuccess(fresh -> {
                    show(new MessageSettings.Loaded(MessageSettings.reapply(shown, edited, fresh.form()), fresh.read()));
                    read = fresh; // the colleague's form: the save writes only this user's edits over it
                    save();
                })
                .runWith(tasks);
    }

    /// A save that lost the race: who changed what and when; empty otherwise.
    @Override
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public StringProperty whatsappProperty() {
        return whatsapp;
    }

    public BooleanProperty whatsappHiddenProperty() {
        return whatsappHidden;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public BooleanProperty emailHiddenProperty() {
        return emailHidden;
    }

    public StringProperty linkTemplateProperty() {
        return linkTemplate;
    }

    /// "Placeholders: {creator} {plan} …" for the template editor.
    public String placeholdersHelp() {
        StringBuilder help = new StringBuilder(messages.get("invitations.template.placeholders"));
        MessageTemplates.PLACEHOLDERS.forEach(p -> help.append(" {").append(p).append('}'));
        return help.toString();
    }

    /// The message languages, for the template and per-creator choices.
    public ObservableList<Locale> languages() {
        return languages;
    }

    public ObjectProperty<Locale> templateLanguageProperty() {
        return templateLanguage;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public UiCommand saveCommand() {
        return save;
    }

    public UiCommand restoreDefaultCommand() {
        return restoreDefault;
    }
}
