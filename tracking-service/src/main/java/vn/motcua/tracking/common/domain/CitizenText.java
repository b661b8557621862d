package vn.motcua.tracking.common.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text a citizen writes for officials to read (a rating's comment, feedback): limited in length, and phone, ID
 * and tax numbers masked before it is stored (contact details have their own fields; nobody needs them in text).
 */
public final class CitizenText {
    /** A run of digits, possibly split by spaces, dots or dashes, as people type phone and ID numbers. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[ .\\-]?\\d){7,}");

    private CitizenText() {}

    /**
     * The comment as stored: trimmed, and numbers of nine digits or more masked but for their last three; none if
     * blank.
     */
    public static Optional<String> of(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.strip().length() > maxLength) {
            throw new IllegalArgumentException("text over " + maxLength + " characters");
        }
        return Optional.of(mask(text.strip()));
    }

    static String mask(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group();
            long digits = number.chars().filter(Character::isDigit).count();
            m.appendReplacement(out, Matcher.quoteReplacement(digits >= 9 ? masked(number, digits) : number));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String masked(String number, long digits) {
        StringBuilder s = new StringBuilder();
        long seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                s.append(seen > digits - 3 ? c : '*');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
