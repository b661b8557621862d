package vn.motcua.notification.delivery.service;

/** What logs, the delivery log API and metrics may show of an address. */
public final class Masking {
    private Masking() {}

    /** an@example.vn → a*@example.vn; 0912345678 → *******678. */
    public static String address(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "*".repeat(Math.max(1, at - 1)) + address.substring(at);
        }
        int keep = Math.min(3, address.length());
        return "*".repeat(address.length() - keep) + address.substring(address.length() - keep);
    }
}
