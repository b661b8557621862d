package vn.motcua.tracking.forms.domain;

/**
 * How a form addresses its applicant: a citizen as "Ông/Bà {name}", a business or an organisation by its name
 * ("Kính gửi: Công ty …", never "Ông/Bà Công ty …") and then as "Quý doanh nghiệp" or "Quý cơ quan, tổ chức".
 */
public record Addressee(String salutation, String you) {
    /** An unknown or missing type (an imported dossier, one tracked before types were kept) reads as a citizen. */
    public static Addressee of(String applicantType, String name) {
        if ("BUSINESS".equals(applicantType)) {
            return new Addressee(name, "Quý doanh nghiệp");
        }
        if ("ORGANISATION".equals(applicantType)) {
            return new Addressee(name, "Quý cơ quan, tổ chức");
        }
        return new Addressee("Ông/Bà " + name, "Ông/Bà");
    }
}
