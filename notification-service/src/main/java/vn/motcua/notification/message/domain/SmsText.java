package vn.motcua.notification.message.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An SMS in GSM-7: one Vietnamese letter with a diacritic (an agency's name, a date in words) would send the whole text
 * as UCS-2, 70 characters a segment instead of 160, so two or three paid segments where one or two do. Vietnamese
 * letters lose their marks ("Sở Xây dựng" → "So Xay dung"), as the templates are written.
 */
public final class SmsText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** GSM 03.38's basic set, less the letters with accents it does have (a Vietnamese SMS reads without them). */
    private static final Pattern GSM7 = Pattern.compile("[A-Za-z0-9 \\n\\r@$_!\"#%&'()*+,\\-./:;<=>?]*");

    private SmsText() {}

    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Whether {@code text} is sent as GSM-7 (the basic set above), not UCS-2. */
    public static boolean isGsm7(String text) {
        return GSM7.matcher(text).matches();
    }

    /** Segments a gateway bills for a GSM-7 text: 160 characters alone, 153 each when concatenated. */
    public static int segments(String text) {
        return text.length() <= 160 ? 1 : (text.length() + 152) / 153;
    }
}
