package vn.motcua.notification.delivery.sender;

/** A provider refused or failed a message: permanent (bad address, 4xx) or worth retrying (timeout, 5xx). */
public class ProviderException extends Exception {
    private final boolean permanent;

    public ProviderException(boolean permanent, String reason, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }

    /** From an HTTP status: 4xx (but 408 and 429) is the request's fault and will not get better. */
    public static ProviderException fromStatus(int status, Throwable cause) {
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        return new ProviderException(permanent, "provider answered HTTP " + status, cause);
    }
}
