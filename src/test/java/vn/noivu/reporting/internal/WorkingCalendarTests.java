package vn.noivu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final WorkingCalendar calendar = new WorkingCalendar();

    @Test
    void tetFallsOnTheKnownDaysFrom2015To2030() {
        Map<Integer, LocalDate> known = new TreeMap<>(Map.ofEntries(
                Map.entry(2015, LocalDate.of(2015, 2, 19)),
                Map.entry(2016, LocalDate.of(2016, 2, 8)),
                Map.entry(2017, LocalDate.of(2017, 1, 28)),
                Map.entry(2018, LocalDate.of(2018, 2, 16)),
                Map.entry(2019, LocalDate.of(2019, 2, 5)),
                Map.entry(2020, LocalDate.of(2020, 1, 25)),
                Map.entry(2021, LocalDate.of(2021, 2, 12)),
                Map.entry(2022, LocalDate.of(2022, 2, 1)),
                Map.entry(2023, LocalDate.of(2023, 1, 22)),
                Map.entry(2024, LocalDate.of(2024, 2, 10)),
                Map.entry(2025, LocalDate.of(2025, 1, 29)),
                Map.entry(2026, LocalDate.of(2026, 2, 17)),
                Map.entry(2027, LocalDate.of(2027, 2, 6)),
                Map.entry(2028, LocalDate.of(2028, 1, 26)),
                Map.entry(2029, LocalDate.of(2029, 2, 13)),
                // The new moon of 2/2/2030 falls at 23:07 in Hà Nội, 00:07 on 3/2 in Beijing.
                Map.entry(2030, LocalDate.of(2030, 2, 2))));
        known.forEach((year, tet) ->
                assertThat(LunarCalendar.tet(year)).as("Tết %d", year).isEqualTo(tet));
    }

    @Test
    void vietnamsTetIsComputedForUtcPlusSevenNotChinasUtcPlusEight() {
        // The years the two calendars part: Vietnam celebrated a day (1985: a month) earlier.
        assertThat(LunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void theHungKingsDayIsTheTenthOfTheThirdLunarMonth() {
        assertThat(LunarCalendar.toSolar(10, 3, 2023, false)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(LunarCalendar.toSolar(10, 3, 2024, false)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(LunarCalendar.toSolar(10, 3, 2025, false)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(LunarCalendar.toSolar(10, 3, 2026, false)).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void tetsFiveDaysAreTheLastDayOfTheYearAndTheFirstFourOfTheNext() {
        assertThat(calendar.daysOff(2026))
                .contains(
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20))
                .doesNotContain(LocalDate.of(2026, 2, 23));
        // A deadline one working day after Friday 13/02/2026 skips the Tết week.
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void nationalDayTakesTheAdjacentDayFrom2021AndNotBefore() {
        // 2/9/2025 a Tuesday: Monday 1/9 joins the weekend.
        assertThat(calendar.daysOff(2025)).contains(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
        // 2/9/2024 a Monday: Tuesday 3/9.
        assertThat(calendar.daysOff(2024)).contains(LocalDate.of(2024, 9, 3));
        // 2020: the one day only.
        assertThat(calendar.daysOff(2020))
                .contains(LocalDate.of(2020, 9, 2))
                .doesNotContain(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 3));
    }

    @Test
    void aHolidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
        // 30/4/2022 Saturday and 1/5/2022 Sunday: Monday 2/5 and Tuesday 3/5 off.
        assertThat(calendar.daysOff(2022)).contains(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2022, 4, 29), 1)).isEqualTo(LocalDate.of(2022, 5, 4));
        // The Hùng Kings' day 2026 is a Sunday: Monday 27/4 off.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
    }

    @Test
    void anAnnouncedSwapIsTakenFromThePlatformsCalendar() {
        // 2026: Friday 2/1 off after New Year's Day, Saturday 10/1 worked instead (the Government's
        // announcement, in the calendar file); the rule alone knows neither day.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        // A year the file does not list falls back to the rule: Tết 2030 (2/2) and its eve off.
        assertThat(calendar.daysOff(2030)).contains(LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 2));
    }
}
