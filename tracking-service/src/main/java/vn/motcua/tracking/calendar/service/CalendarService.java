package vn.motcua.tracking.calendar.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.motcua.tracking.calendar.config.CalendarSettings;
import vn.motcua.tracking.calendar.domain.CalendarChange;
import vn.motcua.tracking.calendar.domain.CalendarDay;
import vn.motcua.tracking.calendar.domain.DeadlineCalculator;
import vn.motcua.tracking.calendar.domain.LaborCodeHolidays;
import vn.motcua.tracking.calendar.domain.StoredYear;
import vn.motcua.tracking.calendar.domain.WorkingCalendar;
import vn.motcua.tracking.calendar.domain.YearCalendar;

/**
 * The one owner of working-day rules: the stored year tables (cached briefly, since every deadline reads
 * them) and the calculator built on them.
 */
@ApplicationScoped
public class CalendarService {
    private record Cached(YearCalendar year, Instant loadedAt) {}

    /** Fired in the storing transaction when days changed status; observers act after it commits. */
    public record DaysChanged(long changeId) {}

    private final CalendarSettings settings;
    private final Event<DaysChanged> changed;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();
    private final DeadlineCalculator calculator;

    public CalendarService(CalendarSettings settings, Event<DaysChanged> changed) {
        this.settings = settings;
        this.changed = changed;
        this.calculator = new DeadlineCalculator(new WorkingCalendar(settings.workingHours(), this::year));
    }

    public DeadlineCalculator calculator() {
        return calculator;
    }

    public CalendarSettings settings() {
        return settings;
    }

    /** The stored table of a year, or its Labor Code pre-fill (not confirmed) when none is stored. */
    public YearCalendar year(int year) {
        Cached cached = cache.get(year);
        if (cached != null && cached.loadedAt().plus(settings.cacheTtl()).isAfter(Instant.now())) {
            return cached.year();
        }
        YearCalendar loaded = load(year);
        cache.put(year, new Cached(loaded, Instant.now()));
        return loaded;
    }

    /** Drops a year from this replica's cache: a recomputation reads the table just stored, never a stale copy. */
    public void forget(int year) {
        cache.remove(year);
    }

    @Transactional
    YearCalendar load(int year) {
        if (StoredYear.findByIdOptional(year).isEmpty()) {
            return LaborCodeHolidays.prefill(year);
        }
        List<CalendarDay> days = CalendarDay.list("year", year);
        // Read, not kept: store() deletes and writes the same days in this persistence context.
        days.forEach(d -> CalendarDay.getEntityManager().detach(d));
        return new YearCalendar(
                year, daysOf(days, CalendarDay.Kind.DAY_OFF), daysOf(days, CalendarDay.Kind.WORKING_SATURDAY), true);
    }

    private static Set<LocalDate> daysOf(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream().filter(d -> d.kind == kind).map(d -> d.day).collect(Collectors.toSet());
    }

    /**
     * Replaces a year's table; the caller has validated it with {@link YearCalendar#problems}. When days change
     * status, a {@link CalendarChange} is written in the same transaction: the open deadlines that count those days
     * are then recomputed by {@code DeadlineRecompute}, which a crash after this commit cannot skip.
     */
    @Transactional
    public YearCalendar store(YearCalendar table, String actor) {
        SortedSet<LocalDate> changed = table.changedFrom(load(table.year()));
        if (!changed.isEmpty()) {
            CalendarChange change = new CalendarChange();
            change.year = table.year();
            change.changedDays = CalendarChange.format(changed);
            change.createdAt = Instant.now();
            change.createdBy = actor;
            change.status = CalendarChange.RUNNING;
            change.persist();
            Log.infof(
                    "calendar %d: %d day(s) changed status (%s); open deadlines counting them will be recomputed "
                            + "(change %d)",
                    table.year(), changed.size(), change.changedDays, change.id);
            this.changed.fire(new DaysChanged(change.id));
        }
        CalendarDay.delete("year", table.year());
        StoredYear stored =
                StoredYear.<StoredYear>findByIdOptional(table.year()).orElseGet(StoredYear::new);
        stored.year = table.year();
        stored.updatedAt = Instant.now();
        stored.updatedBy = actor;
        stored.persist();
        CalendarDay.getEntityManager().flush();
        table.daysOff().forEach(d -> persist(d, table.year(), CalendarDay.Kind.DAY_OFF));
        table.workingSaturdays().forEach(d -> persist(d, table.year(), CalendarDay.Kind.WORKING_SATURDAY));
        cache.remove(table.year());
        Log.infof(
                "calendar %d replaced by %s: %d days off, %d working Saturdays",
                table.year(),
                actor,
                table.daysOff().size(),
                table.workingSaturdays().size());
        return new YearCalendar(table.year(), table.daysOff(), table.workingSaturdays(), true);
    }

    private static void persist(LocalDate day, int year, CalendarDay.Kind kind) {
        CalendarDay d = new CalendarDay();
        d.day = day;
        d.year = year;
        d.kind = kind;
        d.persist();
    }
}
