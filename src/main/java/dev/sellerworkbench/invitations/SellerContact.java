package dev.sellerworkbench.invitations;

import dev.sellerworkbench.store.SettingsRepository;
import java.util.ArrayList;
import java.util.List;

/// The seller's contact info with a "hide from creators" switch for each channel (R-IN-1).
/// Everything meant for creators reads [#visibleText()], so a hidden channel cannot leak. Saved
/// through [MessageSettings], only over what the form was read at (R-IN-7).
public record SellerContact(String whatsapp, boolean whatsappHidden, String email, boolean emailHidden) {

    public static final SellerContact NONE = new SellerContact("", false, "", false);

    public SellerContact {
        whatsapp = whatsapp == null ? "" : whatsapp.strip();
        email = email == null ? "" : email.strip();
    }

    public static SellerContact load(SettingsRepository settings) {
        return new SellerContact(settings.get(SettingsRepository.WHATSAPP, ""),
                settings.getBoolean(SettingsRepository.WHATSAPP_HIDDEN, false),
                settings.get(SettingsRepository.EMAIL, ""),
                settings.getBoolean(SettingsRepository.EMAIL_HIDDEN, false));
    }

    /// The channels creators may see, in order WhatsApp then email.
    public List<String> visible() {
        List<String> shown = new ArrayList<>(2);
        if (!whatsappHidden && !whatsapp.isEmpty()) {
            shown.add("WhatsApp " + whatsapp);
        }
        if (!emailHidden && !email.isEmpty()) {
            shown.add(email);
        }
        return shown;
    }

    /// What `{contact}` becomes in a message: the visible channels, or nothing.
    public String visibleText() {
        return String.join(" · ", visible());
    }
}
