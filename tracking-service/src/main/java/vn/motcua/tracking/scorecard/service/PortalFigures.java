package vn.motcua.tracking.scorecard.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.motcua.tracking.scorecard.domain.ScorecardFigures;

/**
 * The portal-sync figures of a month per agency, asked of intake and kept for 10 s (a page of reports asks for the
 * same month several times; a report is never more than moments behind). Empty while intake cannot be reached or
 * its sync is off: the indicator is then "not measured", never a guess, and the rest of the scorecard stands.
 */
@ApplicationScoped
public class PortalFigures {
    private final IntakePortalClient intake;
    private final Cache<YearMonth, Optional<Map<String, ScorecardFigures>>> months = Caffeine.newBuilder()
            .maximumSize(24)
            .expireAfterWrite(Duration.ofSeconds(10))
            .build();

    public PortalFigures(@RestClient IntakePortalClient intake) {
        this.intake = intake;
    }

    public Optional<Map<String, ScorecardFigures>> of(YearMonth month) {
        return months.get(month, this::ask);
    }

    private Optional<Map<String, ScorecardFigures>> ask(YearMonth month) {
        IntakePortalClient.Figures f;
        try {
            f = intake.month(month.toString());
        } catch (RuntimeException e) {
            Log.warnf(
                    "intake's portal-sync figures for %s not reachable, that indicator is not measured: %s",
                    month, e.toString());
            return Optional.empty();
        }
        if (!f.syncEnabled()) {
            return Optional.empty();
        }
        Map<String, ScorecardFigures> byAgency = f.agencies().stream()
                .collect(Collectors.toMap(
                        IntakePortalClient.AgencyMonth::agency,
                        a -> ScorecardFigures.portal(a.received(), a.onPortal()),
                        ScorecardFigures::plus));
        return Optional.of(byAgency);
    }
}
