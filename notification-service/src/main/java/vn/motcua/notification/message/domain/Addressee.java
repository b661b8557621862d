package vn.motcua.notification.message.domain;

/**
 * How a message addresses its applicant. A citizen is "Ông/Bà" and is looked up by their ID number; a business or
 * an organisation is addressed by its name ("Kính gửi Công ty …", never "Ông/Bà Công ty …"), spoken to as "Quý
 * doanh nghiệp" or "Quý cơ quan, tổ chức", and looks its dossier up by its tax code.
 */
public record Addressee(String salutation, String you, String idKind) {
    public static final String CITIZEN = "CITIZEN";
    public static final String BUSINESS = "BUSINESS";
    public static final String ORGANISATION = "ORGANISATION";

    /** An unknown or missing type (a recipient stored before types were kept) is addressed as a citizen. */
    public static Addressee of(String applicantType, String name) {
        if (BUSINESS.equals(applicantType)) {
            return new Addressee(name, "Quý doanh nghiệp", "mã số thuế");
        }
        if (ORGANISATION.equals(applicantType)) {
            return new Addressee(name, "Quý cơ quan, tổ chức", "mã số thuế");
        }
        return new Addressee("Ông/Bà " + name, "Ông/Bà", "số định danh cá nhân");
    }
}
