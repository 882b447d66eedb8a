package vn.noivu.reporting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.noivu.platform.calendar.PublicHolidays;

/**
 * The working days of state agencies (Monday to Friday) and the public holidays of Bộ luật Lao động
 * 2019, Điều 112, that deadlines counted in working days skip: 1/1; Tết Âm lịch, five days — here the
 * last day of the lunar year and the first four of the new one, the usual arrangement (the Prime
 * Minister fixes the exact days each year); the Hùng Kings' day 10/3 lunar; 30/4; 1/5; 2/9 and, from
 * 2021, one day next to it (the one that joins a weekend, as chosen in 2021–2025). A holiday falling
 * on a Saturday or Sunday is made up on the next working day (Điều 112, khoản 3).
 *
 * <p>Where the platform's calendar lists a year as the Government announced it (the exact Tết days,
 * swapped working Saturdays), that year is taken from it, so that a report's deadline and the
 * personnel rules count the same working days; the rule above serves the years it does not list.
 */
@Component
public class WorkingCalendar {

    private final PublicHolidays announced = PublicHolidays.shipped();
    private final Map<Integer, PublicHolidays.DaysOff> years = new ConcurrentHashMap<>();

    /** The days off of {@code year}: the holidays, the days that make up for those on a weekend, swapped days. */
    public Set<LocalDate> daysOff(int year) {
        return year(year).daysOff();
    }

    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day);
    }

    private PublicHolidays.DaysOff year(int year) {
        return years.computeIfAbsent(
                year, y -> announced.year(y).orElseGet(() -> new PublicHolidays.DaysOff(compute(y), Set.of())));
    }

    /** The {@code n}-th working day after {@code day} (n ≥ 1); {@code day} itself for n = 0. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The holidays themselves (without make-up days), as the law lists them for {@code year}. */
    public static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        LocalDate tet = LunarCalendar.tet(year);
        for (int i = -1; i <= 3; i++) {
            days.add(tet.plusDays(i));
        }
        // Tết falls between 21/1 and 20/2: its eve and its fourth day are in the same solar year.
        days.add(LunarCalendar.toSolar(10, 3, year, false));
        days.add(LocalDate.of(year, 4, 30));
        days.add(LocalDate.of(year, 5, 1));
        LocalDate national = LocalDate.of(year, 9, 2);
        days.add(national);
        if (year >= 2021) {
            DayOfWeek w = national.getDayOfWeek();
            boolean before = w == DayOfWeek.TUESDAY || w == DayOfWeek.FRIDAY || w == DayOfWeek.SATURDAY;
            days.add(before ? national.minusDays(1) : national.plusDays(1));
        }
        return days;
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> off = new TreeSet<>(holidays(year));
        // Make-up days: each holiday on a weekend moves to the next day that is neither weekend nor off.
        for (LocalDate h : holidays(year)) {
            if (weekend(h)) {
                LocalDate d = h.plusDays(1);
                while (weekend(d) || off.contains(d)) {
                    d = d.plusDays(1);
                }
                off.add(d);
            }
        }
        return off;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
