package vn.motcua.tracking.feedback.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A feedback's code: "PA", the filing day (yyMMdd), and six random characters of Crockford's base-32 alphabet
 * (no I, L, O or U to misread), e.g. PA261202-7K3QX9. Random rather than sequential: with a contact it opens
 * the feedback's answer, so the next code must not be guessable from one's own.
 */
public final class FeedbackCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("PA\\d{6}-[0-9A-HJKMNP-TV-Z]{6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedbackCode() {}

    public static String next(LocalDate filedOn) {
        StringBuilder s = new StringBuilder("PA").append(DAY.format(filedOn)).append('-');
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Whether a string typed by a citizen can be a code (trimmed, any case). */
    public static boolean valid(String code) {
        return code != null && FORMAT.matcher(normal(code)).matches();
    }

    public static String normal(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
