package vn.motcua.tracking.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.motcua.tracking.calendar.service.CalendarService;

/** Keeps feedback_monthly in the transaction that files, answers or closes a feedback (one upsert each). */
@ApplicationScoped
public class FeedbackFigures {
    /** The counted things, each a column of feedback_monthly. */
    public enum Figure {
        FILED("filed"),
        ABOUT_DOSSIER("about_dossier"),
        ANSWERED_ON_TIME("answered_on_time"),
        ANSWERED_LATE("answered_late"),
        SATISFIED("satisfied"),
        DISSATISFIED("dissatisfied");

        final String column;

        Figure(String column) {
            this.column = column;
        }
    }

    private final EntityManager em;
    private final CalendarService calendar;

    public FeedbackFigures(EntityManager em, CalendarService calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Instant at, String agency, Figure figure) {
        // The column comes from the enum, never from input.
        em.createNativeQuery("INSERT INTO feedback_monthly (month, agency_code, " + figure.column
                        + ") VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE " + figure.column + " = " + figure.column
                        + " + 1")
                .setParameter(
                        1, at.atZone(calendar.settings().zone()).toLocalDate().withDayOfMonth(1))
                .setParameter(2, agency)
                .executeUpdate();
    }
}
