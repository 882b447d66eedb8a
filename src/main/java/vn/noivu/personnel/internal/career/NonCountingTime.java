package vn.noivu.personnel.internal.career;

import java.time.LocalDate;
import java.time.Period;
import vn.noivu.platform.calendar.PublicHolidays.DaysOff;

/**
 * How much a period that does not count delays the next regular step. TT 08/2013/TT-BNV Art. 2(1)(c)
 * as amended by TT 03/2021/TT-BNV [S]: the non-counting time is taken in whole months; an odd part
 * under 11 working days is not counted, from 11 working days on it counts as one month.
 *
 * <p>Our reading, for several periods within one step: their whole months add up, and their odd
 * parts add up in working days before the 11-day rule is applied once (the law rounds the total).
 * Working days are Monday to Friday less the public holidays, make-up days and swapped days off of the
 * holiday catalogue ({@link DaysOff}; the point excludes "ngày nghỉ hằng tuần và ngày nghỉ làm
 * việc được hưởng nguyên lương theo quy định của pháp luật về lao động").
 *
 * @param months the whole months of the period (from its first day to its last, both included)
 * @param oddWorkingDays the working days of what is left after them
 */
record NonCountingTime(int months, int oddWorkingDays) {

    /** From 11 working days on, the odd part counts as a month. */
    static final int ODD_DAYS_FOR_A_MONTH = 11;

    /** Monday to Friday as working days (no holiday calendar). */
    static NonCountingTime of(LocalDate first, LocalDate last) {
        return of(first, last, DaysOff.WEEKDAYS);
    }

    static NonCountingTime of(LocalDate first, LocalDate last, DaysOff calendar) {
        int months = (int) Period.between(first, last.plusDays(1)).toTotalMonths();
        int odd = 0;
        for (LocalDate d = first.plusMonths(months); !d.isAfter(last); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                odd++;
            }
        }
        return new NonCountingTime(months, odd);
    }

    /** The months the odd working days of a step count for. */
    static int monthsOfOddDays(int oddWorkingDays) {
        return oddWorkingDays >= ODD_DAYS_FOR_A_MONTH ? 1 : 0;
    }
}
