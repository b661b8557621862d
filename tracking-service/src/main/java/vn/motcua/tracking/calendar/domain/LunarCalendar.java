package vn.motcua.tracking.calendar.domain;

import java.time.LocalDate;

/**
 * Vietnamese lunar calendar (âm lịch), computed astronomically for the UTC+7 meridian, after Hồ Ngọc Đức's
 * published algorithm. Vietnam's calendar differs from China's in some years (1985's Tết, for example)
 * precisely because of the meridian, so the time zone is fixed here.
 */
public final class LunarCalendar {
    private static final double TIME_ZONE = 7.0;

    private LunarCalendar() {}

    /** The solar date of a lunar date; {@code leapMonth} selects the intercalary month when the year has one. */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonthNumber = leapOff - 2;
            if (leapMonthNumber < 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && lunarMonth != leapMonthNumber) {
                throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            if (leapMonth || off >= leapOff) {
                off += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + off);
        return LocalDate.ofEpochDay(monthStart + lunarDay - 1 - JULIAN_EPOCH_DAY);
    }

    /** Lunar New Year's day (mùng 1 Tết) of the lunar year that starts in the given solar year. */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, 1, false);
    }

    /** Julian day number of 1970-01-01, to convert to {@link LocalDate#ofEpochDay}. */
    private static final long JULIAN_EPOCH_DAY = 2440588;

    private static long julianDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() + JULIAN_EPOCH_DAY;
    }

    /** Day (Julian day number, local) of the k-th new moon after 1900-01-01. */
    static long newMoonDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933
                + 29.53058868 * k
                + 0.0001178 * t2
                - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr)
                + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mpr * dr)
                + 0.0161 * Math.sin(dr * 2 * mpr)
                - 0.0004 * Math.sin(dr * 3 * mpr)
                + 0.0104 * Math.sin(dr * 2 * f)
                - 0.0051 * Math.sin(dr * (m + mpr))
                - 0.0074 * Math.sin(dr * (m - mpr))
                + 0.0004 * Math.sin(dr * (2 * f + m))
                - 0.0004 * Math.sin(dr * (2 * f - m))
                - 0.0006 * Math.sin(dr * (2 * f + mpr))
                + 0.0010 * Math.sin(dr * (2 * f - mpr))
                + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double jdNew = jd1 + c1 - deltaT;
        return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at local midnight of a Julian day, as one of 12 major-term sectors (0..11). */
    static int sunLongitudeSector(long jdn) {
        double t = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m)
                + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** Start (Julian day) of the 11th lunar month of the given year: the month containing the winter solstice. */
    static long lunarMonth11(int year) {
        long off = julianDay(year, 12, 31) - 2415021;
        long k = (long) Math.floor(off / 29.530588853);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset of the leap month after month 11 starting at {@code a11}: the first month without a major term. */
    static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
