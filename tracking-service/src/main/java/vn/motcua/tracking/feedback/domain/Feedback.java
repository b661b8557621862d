package vn.motcua.tracking.feedback.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A citizen's feedback or recommendation (phản ánh, kiến nghị) about an agency, perhaps about one of its dossiers:
 * the agency answers by a due date counted in working days, and the citizen says whether the answer satisfied them.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {
    /** Where it stands, with the words the pages show. */
    public enum Stage {
        AWAITING_ANSWER("Chờ trả lời"),
        ANSWERED("Đã trả lời"),
        CLOSED("Đã nhận ý kiến về câu trả lời");

        public final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    @Id
    public String code;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "dossier_code")
    public String dossierCode;

    /** Null, with the email and phone, once erased after the retention period (contactErasedAt). */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(nullable = false)
    public String content;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Enumerated(EnumType.STRING)
    public FeedbackVerdict verdict;

    @Column(name = "verdict_at")
    public Instant verdictAt;

    @Column(name = "contact_erased_at")
    public Instant contactErasedAt;

    @Version
    public int version;

    public Stage stage() {
        return answeredAt == null ? Stage.AWAITING_ANSWER : verdict == null ? Stage.ANSWERED : Stage.CLOSED;
    }

    /** Past its due date unanswered, or answered after it: flagged like an overdue dossier. */
    public boolean overdue(Instant now) {
        return answeredAt == null ? now.isAfter(dueAt) : answeredAt.isAfter(dueAt);
    }

    /** Whether this contact (an email or a phone number, as typed) is the one the feedback gave. */
    public boolean contactIs(String contact) {
        String typed = contact == null ? "" : contact.strip();
        return (contactEmail != null && contactEmail.equalsIgnoreCase(typed))
                || (contactPhone != null
                        && digits(contactPhone).equals(digits(typed))
                        && !digits(typed).isEmpty());
    }

    /** The digits of a phone number, +84… written as 0…. */
    private static String digits(String s) {
        String d = s.replaceAll("\\D", "");
        return d.startsWith("84") && d.length() >= 11 ? "0" + d.substring(2) : d;
    }

    /** An agency's feedback (every agency's when empty), the earliest due first; unanswered only if asked. */
    public static PanacheQuery<Feedback> desk(Optional<String> agency, boolean unansweredOnly) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        agency.ifPresent(a -> {
            where.append(" and agencyCode = :agency");
            params.put("agency", a);
        });
        if (unansweredOnly) {
            where.append(" and answeredAt is null");
        }
        return find(where.toString(), Sort.ascending("dueAt").and("code"), params);
    }

    public static Optional<Feedback> locked(String code) {
        return Optional.ofNullable(getEntityManager().find(Feedback.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
