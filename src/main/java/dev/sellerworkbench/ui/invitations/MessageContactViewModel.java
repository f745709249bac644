package dev.sellerworkbench.ui.invitations;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.invitations.Invitations;
import dev.sellerworkbench.invitations.MessageFacts;
import dev.sellerworkbench.invitations.MessageTemplates;
import dev.sellerworkbench.invitations.SellerContact;
import dev.sellerworkbench.ui.AppContext;
import dev.sellerworkbench.ui.common.BackgroundTask;
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
/// message template of each language, with a live preview on a real invited creator.
public final class MessageContactViewModel {

    private final AppContext context;
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
    private final UiCommand save;
    private final UiCommand restoreDefault;

    MessageContactViewModel(AppContext context, Invitations invitations, ObservableValue<MessageFacts> sample,
                            Runnable onSaved) {
        this.context = context;
        this.messages = context.messages();
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
        save = new UiCommand(this::save, templateLanguage.isNotNull());
        restoreDefault = new UiCommand(() -> template.set(MessageTemplates.defaultTemplate(templateLanguage.get())),
                templateLanguage.isNotNull());
        whatsapp.addListener((obs, old, now) -> status.set(""));
        template.addListener((obs, old, now) -> status.set(""));
    }

    private record Loaded(SellerContact contact, Map<Locale, String> templates, String linkTemplate) {
    }

    void load() {
        BackgroundTask.of(messages.get("invitations.loading"), progress -> new Loaded(invitations.contact(),
                        invitations.templates().all(), invitations.linkTemplate()))
                .onSuccess(loaded -> {
                    SellerContact contact = loaded.contact();
                    whatsapp.set(contact.whatsapp());
                    whatsappHidden.set(contact.whatsappHidden());
                    email.set(contact.email());
                    emailHidden.set(contact.emailHidden());
                    templateLanguage.set(null);
                    drafts.clear();
                    drafts.putAll(loaded.templates());
                    linkTemplate.set(loaded.linkTemplate());
                    templateLanguage.set(Messages.supported(messages.getLocale()));
                    status.set("");
                })
                .runWith(context.tasks());
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

    private void save() {
        drafts.put(templateLanguage.get(), template.get());
        SellerContact contact = contact();
        Map<Locale, String> edited = Map.copyOf(drafts);
        String link = linkTemplate.get();
        BackgroundTask.of(messages.get("invitations.saving"), progress -> {
                    invitations.saveContact(contact);
                    invitations.saveLinkTemplate(link);
                    edited.forEach(invitations.templates()::save);
                    return null;
                })
                .onSuccess(done -> {
                    status.set(messages.get("invitations.saved"));
                    onSaved.run();
                })
                .runWith(context.tasks());
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
