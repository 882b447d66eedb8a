package vn.noivu.personnel.internal.career;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days for the 11-working-day rule of time not counted (TT 08/2013/TT-BNV Art.
 * 2(1)(c) as amended by TT 03/2021/TT-BNV: "không bao gồm các ngày nghỉ hằng tuần và ngày nghỉ làm việc
 * được hưởng nguyên lương theo quy định của pháp luật về lao động"): Monday to Friday (the weekly rest
 * of state agencies is Saturday and Sunday), less {@code daysOff} (public holidays, make-up days, swapped
 * days off), plus {@code workedWeekendDays} (Saturdays worked in a swap).
 */
record WorkCalendar(Set<LocalDate> daysOff, Set<LocalDate> workedWeekendDays) {

    /** Monday to Friday, no holiday known. */
    static final WorkCalendar WEEKDAYS = new WorkCalendar(Set.of(), Set.of());

    boolean isWorkingDay(LocalDate day) {
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek w = day.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }
}
