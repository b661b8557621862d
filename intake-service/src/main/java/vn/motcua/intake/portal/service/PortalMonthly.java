package vn.motcua.intake.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.intake.portal.config.PortalSettings;

/**
 * A month's dossiers per receiving agency: how many were received (the codes issued, dossier_sequence) and how
 * many of them the national portal holds (portal_monthly, kept by the sync worker). Decision 766's scorecard
 * reads it; both are small per-agency tables, so a month costs the same whatever its volume.
 */
@ApplicationScoped
public class PortalMonthly {
    public record AgencyMonth(String agency, long received, long onPortal) {}

    /** {@code syncEnabled} false: nothing is sent, so the share is not a measure of anything. */
    public record Figures(YearMonth month, boolean syncEnabled, List<AgencyMonth> agencies) {}

    private final EntityManager em;
    private final boolean enabled;

    public PortalMonthly(EntityManager em, PortalSettings settings) {
        this.em = em;
        this.enabled = settings.enabled();
    }

    @Transactional
    public Figures of(YearMonth month) {
        Map<String, long[]> byAgency = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT agency_code, SUM(last_value) FROM dossier_sequence"
                        + " WHERE day BETWEEN ?1 AND ?2 GROUP BY agency_code")
                .setParameter(1, month.atDay(1))
                .setParameter(2, month.atEndOfMonth())
                .getResultList()) {
            Object[] r = (Object[]) row;
            byAgency.computeIfAbsent((String) r[0], a -> new long[2])[0] = ((Number) r[1]).longValue();
        }
        for (Object row : em.createNativeQuery("SELECT agency_code, on_portal FROM portal_monthly WHERE month = ?1")
                .setParameter(1, month.atDay(1))
                .getResultList()) {
            Object[] r = (Object[]) row;
            byAgency.computeIfAbsent((String) r[0], a -> new long[2])[1] = ((Number) r[1]).longValue();
        }
        return new Figures(
                month,
                enabled,
                byAgency.entrySet().stream()
                        .map(e -> new AgencyMonth(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}
