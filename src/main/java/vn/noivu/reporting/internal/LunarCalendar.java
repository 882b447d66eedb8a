package vn.noivu.reporting.internal;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch) for the days the law sets by it — Tết and the Hùng Kings'
 * commemoration: Hồ Ngọc Đức's well-known algorithm (astronomical new moons and the sun's longitude
 * after Jean Meeus, "Astronomical Algorithms"), computed for the time zone UTC+7, which is what makes
 * Vietnam's Tết differ from China's (UTC+8) in some years.
 */
public final class LunarCalendar {

    private static final double TIME_ZONE = 7.0;

    private LunarCalendar() {}

    /** The solar day of a lunar date ({@code leap} for the day in the leap month of that number). */
    public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap) {
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
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException(lunarYear + " has no leap month " + lunarMonth);
            } else if (leap || off >= leapOff) {
                off += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException(lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + off);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** The first day of the lunar year that begins in {@code year} (mùng 1 Tết). */
    public static LocalDate tet(int year) {
        return toSolar(1, 1, year, false);
    }

    static long julianDay(LocalDate d) {
        int a = (14 - d.getMonthValue()) / 12;
        long y = d.getYear() + 4800 - a;
        long m = d.getMonthValue() + 12 * a - 3;
        return d.getDayOfMonth() + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    }

    static LocalDate fromJulianDay(long jd) {
        // Gregorian only: the calendar's days that matter here are all after 1582.
        long a = jd + 32044;
        long b = (4 * a + 3) / 146097;
        long c = a - (b * 146097) / 4;
        long d = (4 * c + 3) / 1461;
        long e = c - (1461 * d) / 4;
        long m = (5 * e + 2) / 153;
        int day = (int) (e - (153 * m + 2) / 5 + 1);
        int month = (int) (m + 3 - 12 * (m / 10));
        int year = (int) (b * 100 + d - 4800 + m / 10);
        return LocalDate.of(year, month, day);
    }

    /** The Julian day number (local) of the k-th new moon after 1/1/1900. */
    static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The sun's longitude at the start of a local day, as one of the twelve 30° sectors (0–11). */
    static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** The day the 11th lunar month (the one holding the winter solstice) begins, in {@code year}. */
    static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / 29.530588853);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Which month after the 11th is the leap month of a 13-month year (the first without a major solar term). */
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
