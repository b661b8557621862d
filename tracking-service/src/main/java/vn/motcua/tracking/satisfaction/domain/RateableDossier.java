package vn.motcua.tracking.satisfaction.domain;

/**
 * A dossier as far as a rating needs it: one whose result was returned (tracked), one still in progress (not yet
 * open to rating), or one that intake refused. Only
 * what may be shown to the citizen, or at the counter, is here: no officer, no applicant name.
 */
public record RateableDossier(
        String code, String agencyCode, String procedureCode, String procedureName, String applicantIdHash, End end) {

    /** How the dossier ended, in the words of the national status list. */
    public enum End {
        NOT_YET("Chưa có kết quả"),
        RETURNED("Đã trả kết quả"),
        NOT_ACCEPTED("Không tiếp nhận");

        public final String label;

        End(String label) {
            this.label = label;
        }
    }
}
