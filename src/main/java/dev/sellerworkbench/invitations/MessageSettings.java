package dev.sellerworkbench.invitations;

import dev.sellerworkbench.domain.AuditEntry;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.SettingsRepository.Versioned;
import dev.sellerworkbench.store.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// The seller's contact, its hide switches (R-IN-1), the default invitation link and the message
/// template of each language, as one form shared by the team. A save carries the versions the form
/// was read at and writes only the settings the user changed, each only if no colleague changed it
/// since (R-IN-7): a colleague's older form can never un-hide a contact or bring back an old
/// template. Each saved setting is audited under this desktop's staff name.
public final class MessageSettings {

    private final Workspace workspace;
    private final Clock clock;

    public MessageSettings(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /// What the form shows: the contact, the template of every language (the shipped one where none
    /// was edited) and the default invitation link ("" when none).
    public record Form(SellerContact contact, Map<Locale, String> templates, String linkTemplate) {

        public Form {
            templates = Map.copyOf(templates);
            linkTemplate = linkTemplate == null ? "" : linkTemplate.strip();
        }

        /// The same form with `language`'s template replaced (blank: back to the shipped one).
        public Form withTemplate(Locale language, String template) {
            Map<Locale, String> changed = new LinkedHashMap<>(templates);
            changed.put(Messages.supported(language), template == null ? "" : template);
            return new Form(contact, changed, linkTemplate);
        }

        public Form withContact(SellerContact changed) {
            return new Form(changed, templates, linkTemplate);
        }

        public Form withLinkTemplate(String changed) {
            return new Form(contact, templates, changed);
        }

        /// The form as stored settings: name → value as users see it (defaults filled in).
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(SettingsRepository.WHATSAPP, contact.whatsapp());
            values.put(SettingsRepository.WHATSAPP_HIDDEN, Boolean.toString(contact.whatsappHidden()));
            values.put(SettingsRepository.EMAIL, contact.email());
            values.put(SettingsRepository.EMAIL_HIDDEN, Boolean.toString(contact.emailHidden()));
            values.put(InvitationLinks.TEMPLATE_SETTING, linkTemplate);
            for (Locale language : MessageTemplates.languages()) {
                String template = templates.get(language);
                values.put(templateKey(language), template == null || template.isBlank()
                        ? MessageTemplates.defaultTemplate(language) : template);
            }
            return values;
        }

        static Form of(Map<String, String> values) {
            Map<Locale, String> templates = new LinkedHashMap<>();
            for (Locale language : MessageTemplates.languages()) {
                templates.put(language, values.get(templateKey(language)));
            }
            return new Form(new SellerContact(values.get(SettingsRepository.WHATSAPP),
                    Boolean.parseBoolean(values.get(SettingsRepository.WHATSAPP_HIDDEN)),
                    values.get(SettingsRepository.EMAIL), Boolean.parseBoolean(values.get(SettingsRepository.EMAIL_HIDDEN))),
                    templates, values.get(InvitationLinks.TEMPLATE_SETTING));
        }
    }

    /// The form as read, with the version of each setting it came from.
    public record Loaded(Form form, Map<String, Versioned> read) {
    }

    /// What a save came to: empty `lost` when every change was written; otherwise the settings a
    /// colleague changed first (then nothing was written), who did and when if known, and the form
    /// as it stands now.
    public record Saved(List<String> lost, Optional<AuditEntry> by, Loaded now) {

        public boolean ok() {
            return lost.isEmpty();
        }
    }

    public Loaded load() {
        Map<String, Versioned> read = workspace.settings().allVersioned();
        Map<String, String> values = new LinkedHashMap<>();
        defaults().forEach((name, fallback) -> {
            Versioned stored = read.get(name);
            values.put(name, stored == null || stored.value() == null ? fallback : stored.value());
        });
        return new Loaded(Form.of(values), read);
    }

    /// Saves `wanted` over the form as it was `read`: only the settings that differ, all or none, each
    /// only if unchanged since it was read (R-IN-7).
    public Saved save(Loaded read, Form wanted) {
        List<SettingsRepository.Change> changes = changes(read, wanted);
        SettingsRepository settings = workspace.settings();
        List<String> lost = changes.isEmpty() ? List.of()
                : settings.saveIfUnchanged(changes, settings.staffName(), clock.instant());
        Optional<AuditEntry> by = lost.isEmpty() ? Optional.empty() : workspace.audit().latest("setting", lost.getFirst());
        return new Saved(lost, by, load());
    }

    /// The changes from the form as read to `wanted`. A value back at its default removes the
    /// setting; a default never stored and left alone is not written.
    static List<SettingsRepository.Change> changes(Loaded read, Form wanted) {
        Map<String, String> before = read.form().values();
        Map<String, String> defaults = defaults();
        List<SettingsRepository.Change> changes = new ArrayList<>();
        wanted.values().forEach((name, value) -> {
            if (value.equals(before.get(name))) {
                return;
            }
            Versioned stored = read.read().get(name);
            Integer version = stored == null ? null : stored.version();
            changes.add(new SettingsRepository.Change(name, value.equals(defaults.get(name)) && stored != null ? null : value,
                    version));
        });
        return changes;
    }

    /// After a conflict: this user's edits (where `edited` differs from the form `shown` before
    /// editing) on top of the form as it now stands (`fresh`); every other field takes the
    /// colleague's value.
    public static Form reapply(Form shown, Form edited, Form fresh) {
        Map<String, String> before = shown.values();
        Map<String, String> mine = edited.values();
        Map<String, String> merged = new LinkedHashMap<>(fresh.values());
        mine.forEach((name, value) -> {
            if (!value.equals(before.get(name))) {
                merged.put(name, value);
            }
        });
        return Form.of(merged);
    }

    /// A setting of this form by the name users see it under, e.g. "Email: hide from creators".
    public static String label(String setting, Messages messages) {
        return switch (setting) {
            case SettingsRepository.WHATSAPP -> messages.get("invitations.contact.whatsapp");
            case SettingsRepository.EMAIL -> messages.get("invitations.contact.email");
            case SettingsRepository.WHATSAPP_HIDDEN -> messages.get("invitations.field.hidden",
                    messages.get("invitations.contact.whatsapp"));
            case SettingsRepository.EMAIL_HIDDEN -> messages.get("invitations.field.hidden",
                    messages.get("invitations.contact.email"));
            case InvitationLinks.TEMPLATE_SETTING -> messages.get("invitations.linkTemplate");
            default -> setting.startsWith(MessageTemplates.SETTING_PREFIX)
                    ? messages.get("invitations.field.template", messages.get("invitations.lang."
                            + setting.substring(MessageTemplates.SETTING_PREFIX.length())))
                    : setting;
        };
    }

    static String templateKey(Locale language) {
        return MessageTemplates.SETTING_PREFIX + Messages.supported(language).toLanguageTag();
    }

    /// Every setting of the form with the value it has when not stored.
    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(SettingsRepository.WHATSAPP, "");
        defaults.put(SettingsRepository.WHATSAPP_HIDDEN, "false");
        defaults.put(SettingsRepository.EMAIL, "");
        defaults.put(SettingsRepository.EMAIL_HIDDEN, "false");
        defaults.put(InvitationLinks.TEMPLATE_SETTING, "");
        for (Locale language : MessageTemplates.languages()) {
            defaults.put(templateKey(language), MessageTemplates.defaultTemplate(language));
        }
        return defaults;
    }
}
