package vn.motcua.tracking.satisfaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** One citizen's rating of one dossier: written once, never changed, never part of the dossier's history. */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating extends PanacheEntityBase {
    @Id
    @Column(name = "dossier_code")
    public String dossierCode;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RatingSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "dossier_end", nullable = false)
    public RateableDossier.End dossierEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SatisfactionLevel overall;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "satisfaction_rating_criterion", joinColumns = @JoinColumn(name = "dossier_code"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "criterion")
    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    public Map<SatisfactionCriterion, SatisfactionLevel> criteria = new EnumMap<>(SatisfactionCriterion.class);

    public String comment;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;
}
