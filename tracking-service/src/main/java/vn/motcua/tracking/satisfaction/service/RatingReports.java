package vn.motcua.tracking.satisfaction.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.tracking.calendar.service.CalendarService;
import vn.motcua.tracking.satisfaction.domain.SatisfactionLevel;
import vn.motcua.tracking.satisfaction.domain.SatisfactionRating;

/** An agency's ratings of a month for its supervisors: the count per level and the ratings, newest first. */
@ApplicationScoped
public class RatingReports {
    public static final int PAGE_SIZE = 50;

    public record Month(
            Map<SatisfactionLevel, Long> counts, long total, List<SatisfactionRating> ratings, int page, int pages) {}

    private final CalendarService calendar;

    public RatingReports(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Transactional
    public Month month(String agency, YearMonth month, int page) {
        Instant from = month.atDay(1).atStartOfDay(calendar.settings().zone()).toInstant();
        Instant to = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(calendar.settings().zone())
                .toInstant();
        Map<SatisfactionLevel, Long> counts = new EnumMap<>(SatisfactionLevel.class);
        for (SatisfactionLevel l : SatisfactionLevel.values()) {
            counts.put(l, 0L);
        }
        SatisfactionRating.getEntityManager()
                .createQuery(
                        "select r.overall, count(r) from SatisfactionRating r where r.agencyCode = ?1"
                                + " and r.ratedAt >= ?2 and r.ratedAt < ?3 group by r.overall",
                        Object[].class)
                .setParameter(1, agency)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList()
                .forEach(row -> counts.put((SatisfactionLevel) row[0], (Long) row[1]));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<SatisfactionRating> ratings = SatisfactionRating.<SatisfactionRating>find(
                        "agencyCode = ?1 and ratedAt >= ?2 and ratedAt < ?3",
                        Sort.descending("ratedAt").and("dossierCode"),
                        agency,
                        from,
                        to)
                .page(Page.of(page, PAGE_SIZE))
                .list();
        return new Month(counts, total, ratings, page, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
    }
}
