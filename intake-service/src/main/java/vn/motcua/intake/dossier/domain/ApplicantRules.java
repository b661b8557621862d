package vn.motcua.intake.dossier.domain;

import java.text.Normalizer;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes an applicant's identity and contact data valid; messages are in Vietnamese, for the citizen. */
public final class ApplicantRules {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern MOBILE = Pattern.compile("(0|\\+84)(3|5|7|8|9)\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+");
    /**
     * A person's name: letters of any script (with their combining marks), spaces between words, and the marks
     * real names use inside a word: the apostrophe of Ê Đê and Jrai names (H'Hen, Y'Moan), the hyphen, the dot of
     * an initial. It starts with a letter.
     */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{L}\\p{M}*(?:[\\p{L}\\p{M}'’.\\-]|\\s(?=\\p{L}))*");
    /** Where a part of a person's name starts: its first letter, or one after a space, an apostrophe or a hyphen. */
    private static final Pattern NAME_PART_START = Pattern.compile("(?<=^|[\\s'’\\-])\\p{L}");
    /**
     * A business or organisation: also digits and the punctuation of registered names (ampersand, commas, brackets,
     * slash, quotes).
     */
    private static final Pattern ORGANISATION_NAME =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}\\s'’.,&()/+\\-\"“”]*");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Province codes of the citizen ID (Circular 07/2016/TT-BCA, unchanged by the 2025 mergers). */
    private static final Set<Integer> PROVINCES = Set.of(
            1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
            44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
            87, 89, 91, 92, 93, 94, 95, 96);

    private ApplicantRules() {}

    /** Problem with a 12-digit CCCD, if any: province code, then century/gender digit against the birth year. */
    public static Optional<String> citizenIdProblem(String id, Year today) {
        if (id == null || !TWELVE_DIGITS.matcher(id).matches()) {
            return Optional.of("số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số");
        }
        if (!PROVINCES.contains(Integer.parseInt(id.substring(0, 3)))) {
            return Optional.of("mã tỉnh (3 chữ số đầu) của số định danh không hợp lệ");
        }
        int centuryDigit = id.charAt(3) - '0';
        // 0/1: 20th century, 2/3: 21st, 4/5: 22nd, 6/7: 23rd, 8/9: 19th (even: male, odd: female).
        int century = centuryDigit >= 8 ? 1800 : 1900 + (centuryDigit / 2) * 100;
        int birthYear = century + Integer.parseInt(id.substring(4, 6));
        if (birthYear > today.getValue() || birthYear < today.getValue() - 130) {
            return Optional.of("năm sinh mã hoá trong số định danh không hợp lệ");
        }
        return Optional.empty();
    }

    public static Optional<String> taxCodeProblem(String taxCode) {
        return taxCode != null && TAX_CODE.matcher(taxCode).matches()
                ? Optional.empty()
                : Optional.of("mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số");
    }

    /**
     * The ID number a lookup compares, as the counter stored it: without spaces, and 13 digits typed together (a
     * phone's numeric keypad has no hyphen) read as a branch's tax code, 10 digits, a hyphen and 3 digits.
     */
    public static String lookupId(String typed) {
        String id = typed.replaceAll("\\s+", "");
        return id.matches("\\d{13}") ? id.substring(0, 10) + "-" + id.substring(10) : id;
    }

    public static Optional<String> phoneProblem(String phone) {
        return phone != null && MOBILE.matcher(compact(phone)).matches()
                ? Optional.empty()
                : Optional.of("số điện thoại di động phải bắt đầu bằng 0 hoặc +84 và có 9 chữ số sau đó");
    }

    public static Optional<String> emailProblem(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches()
                ? Optional.empty()
                : Optional.of("địa chỉ thư điện tử không hợp lệ");
    }

    /** A citizen's name (letters, spaces, ' - .) or a business's or organisation's (also digits and , & ( ) / + "). */
    public static Optional<String> nameProblem(String name, boolean person) {
        String n = name == null ? "" : normaliseName(name);
        if (n.isEmpty()) {
            return Optional.of("cần họ tên");
        }
        if (CONTROL.matcher(name).find()) { // a tab or a line break is not a space in a name
            return Optional.of("họ tên không được chứa ký tự điều khiển");
        }
        if (person) {
            return PERSON_NAME.matcher(n).matches()
                    ? Optional.empty()
                    : Optional.of("họ tên chỉ gồm chữ cái, dấu cách và các dấu ' - . trong tên");
        }
        return ORGANISATION_NAME.matcher(n).matches()
                ? Optional.empty()
                : Optional.of("tên tổ chức chỉ gồm chữ, số, dấu cách và các dấu . , & ( ) / + - ' \"");
    }

    /** Free text never carries control characters (they break printed forms, logs and the portal's XML/JSON). */
    public static Optional<String> controlCharacterProblem(String text) {
        return text != null && CONTROL.matcher(text).find()
                ? Optional.of("không được chứa ký tự điều khiển")
                : Optional.empty();
    }

    /** Spaces and dots people type inside phone numbers are dropped; the stored form is 0xxxxxxxxx. */
    public static String normalisePhone(String phone) {
        String p = compact(phone);
        return p.startsWith("+84") ? "0" + p.substring(3) : p;
    }

    /** Names are stored and compared in NFC, with runs of white space folded. */
    public static String normaliseName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /**
     * A person's name typed all in small letters at the counter ("trần thị bình") is stored as names are written,
     * each word with its capital, for form 01 and every message that addresses them; so is each part of a word after an
     * apostrophe or a hyphen, as in the Central Highlands' names ("h'hen niê" is "H'Hen Niê"). Any other name is kept
     * as typed (capitals throughout as on the ID card, or an ID card's own spelling).
     */
    public static String personName(String name) {
        String n = normaliseName(name);
        if (!n.equals(n.toLowerCase(VIETNAMESE))) {
            return n;
        }
        return NAME_PART_START.matcher(n).replaceAll(m -> m.group().toUpperCase(VIETNAMESE));
    }

    private static String compact(String phone) {
        return phone.replaceAll("[\\s.\\-()]", "");
    }
}
