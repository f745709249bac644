package dev.sellerworkbench.invitations;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.sellerworkbench.domain.Region;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/// WhatsApp click-to-chat links (R-IN-3): `https://wa.me/<digits>?text=<message>` with the number
/// in E.164 without `+` and the text percent-encoded as UTF-8 with spaces as `%20`.
public final class WhatsApp {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /// Vietnam's 2018 renumbering of 11-digit mobiles: old national prefix → new one.
    private static final Map<String, String> VN_2018 = Map.ofEntries(
            Map.entry("162", "32"), Map.entry("163", "33"), Map.entry("164", "34"), Map.entry("165", "35"),
            Map.entry("166", "36"), Map.entry("167", "37"), Map.entry("168", "38"), Map.entry("169", "39"),
            Map.entry("120", "70"), Map.entry("121", "79"), Map.entry("122", "77"), Map.entry("126", "76"),
            Map.entry("128", "78"), Map.entry("123", "83"), Map.entry("124", "84"), Map.entry("125", "85"),
            Map.entry("127", "81"), Map.entry("129", "82"), Map.entry("186", "56"), Map.entry("188", "58"),
            Map.entry("199", "59"));

    private WhatsApp() {
    }

    /// Normalises a number as creators type it ("0912 345 678", "+84-912…") against their region.
    public static NumberCheck check(String raw, Region region) {
        if (raw == null || raw.isBlank()) {
            return NumberCheck.problem(raw, NumberProblem.MISSING, null);
        }
        String regionCode = region == null ? "ZZ" : region.name();
        try {
            PhoneNumber number = PHONES.parse(raw, regionCode);
            if (PHONES.isValidNumber(number)) {
                return NumberCheck.valid(raw, PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1));
            }
            if (number.getCountryCode() == 84) {
                String national = String.valueOf(number.getNationalNumber());
                String newPrefix = national.length() == 10 ? VN_2018.get(national.substring(0, 3)) : null;
                if (newPrefix != null) {
                    return NumberCheck.problem(raw, NumberProblem.OLD_VIETNAMESE, "0" + newPrefix + national.substring(3));
                }
            }
        } catch (NumberParseException e) {
            // falls through: not a number libphonenumber can read
        }
        return NumberCheck.problem(raw, NumberProblem.INVALID, null);
    }

    /// The click-to-chat link for international digits and a message.
    public static String link(String digits, String text) {
        return "https://wa.me/" + digits + (text == null || text.isEmpty() ? "" : "?text=" + encode(text));
    }

    /// UTF-8 percent-encoding with spaces as `%20`: `URLEncoder` writes a space as `+` and a real
    /// plus as `%2B`, so replacing `+` afterwards touches only spaces.
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
