package vn.motcua.tracking.calendar.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import vn.motcua.tracking.calendar.domain.WorkingHours;

@ConfigMapping(prefix = "tracking.calendar")
public interface CalendarSettings {
    ZoneId zone();

    LocalTime morningStart();

    LocalTime morningEnd();

    LocalTime afternoonStart();

    LocalTime afternoonEnd();

    Set<DayOfWeek> workingWeekdays();

    /** How many working days before its due time a dossier counts as "due soon". */
    int dueSoonWorkingDays();

    /** How many working hours before its own due time a form 06 step warns its officer (DOSSIER_STEP_DUE_SOON). */
    @WithDefault("4")
    int stepDueSoonWorkingHours();

    Duration cacheTtl();

    default WorkingHours workingHours() {
        return new WorkingHours(
                zone(), morningStart(), morningEnd(), afternoonStart(), afternoonEnd(), workingWeekdays());
    }
}
