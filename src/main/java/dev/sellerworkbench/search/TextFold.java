package dev.sellerworkbench.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/// The form free text is compared in: lower case with accents removed, so staff typing "nguyen"
/// or "thao" find "Nguyễn" and "Thảo" as they would on their phone keyboard. Chinese and other
/// scripts without combining marks pass through unchanged.
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFold() {
    }

    /// Lower case (root locale), `đ` → `d`, combining marks removed, control characters dropped.
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            char ch = text.charAt(i);
            ascii = ch >= 0x20 && ch < 0x7f;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char ch = stripped.charAt(i);
            if (!Character.isISOControl(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
