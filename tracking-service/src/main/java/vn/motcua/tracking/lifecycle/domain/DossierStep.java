package vn.motcua.tracking.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.tracking.calendar.domain.Outcome;

/** A row of form 06: one hand-over, with the step's own budget, due time and, once ended, its outcome. */
@Entity
@Table(name = "dossier_step")
public class DossierStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(name = "step_no", nullable = false)
    public int stepNo;

    @Column(nullable = false)
    public String name;

    @Column(name = "from_actor", nullable = false)
    public String fromActor;

    @Column(name = "from_actor_name")
    public String fromActorName;

    @Column(name = "from_agency", nullable = false)
    public String fromAgency;

    @Column(name = "to_actor")
    public String toActor;

    @Column(name = "to_agency", nullable = false)
    public String toAgency;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "working_days", nullable = false)
    public BigDecimal workingDays;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** DOSSIER_STEP_OVERDUE and DOSSIER_STEP_DUE_SOON were published: each once per step. */
    @Column(name = "overdue_notified", nullable = false)
    public boolean overdueNotified;

    @Column(name = "due_soon_notified", nullable = false)
    public boolean dueSoonNotified;

    public static List<DossierStep> of(String code) {
        return list("dossierCode = ?1 order by stepNo", code);
    }

    public static Optional<DossierStep> open(String code) {
        return find("dossierCode = ?1 and endedAt is null order by stepNo desc", code)
                .firstResultOptional();
    }
}
