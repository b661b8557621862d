package vn.motcua.tracking.lifecycle.domain;

/** Tracking's part of the national status list (codes used by the National Public Service Portal). */
public enum TrackedStatus {
    RECEIVED(2), PROCESSING(4), SUPPLEMENT_REQUESTED(5), PAYMENT_REQUESTED(6), WITHDRAWN(7), SUSPENDED(8),
    RESOLVED(9), RETURNED(10);

    public final int nationalCode;

    TrackedStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }
}
