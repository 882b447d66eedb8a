package vn.noivu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.noivu.reporting.internal.FormDefinition.Deadline;

class PeriodTests {

    @Test
    void anEmulationYearRunsFromTheFirstOfDecemberToTheEndOfNovember() {
        Period p = Period.parse(PeriodType.EMULATION_YEAR, "2025").orElseThrow();
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(new Deadline(15, 12, 0, null).dueFor(p, new WorkingCalendar()))
                .isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void periodsAreWrittenAsTheApiSaysAndOthersAreRefused() {
        assertThat(Period.parse(PeriodType.HALF_YEAR, "2025-H2").orElseThrow().start())
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Period.parse(PeriodType.QUARTER, "2025-Q3").orElseThrow().end())
                .isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Period.parse(PeriodType.MONTH, "2024-02").orElseThrow().end())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse(PeriodType.YEAR, "2025").orElseThrow().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.parse(PeriodType.MONTH, "2025-13")).isEmpty();
        assertThat(Period.parse(PeriodType.YEAR, "2025-Q1")).isEmpty();
        assertThat(Period.parse(PeriodType.AD_HOC, "2025-02-30")).isEmpty();
        assertThat(Period.containing(PeriodType.EMULATION_YEAR, LocalDate.of(2025, 12, 2))
                        .orElseThrow()
                        .code())
                .isEqualTo("2026");
    }

    @Test
    void aYearlyReportIsDueOnTheTwentyEighthOfFebruaryOfTheYearAfter() {
        Period p = Period.parse(PeriodType.YEAR, "2025").orElseThrow();
        assertThat(new Deadline(28, 2, 1, null).dueFor(p, new WorkingCalendar()))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(new Deadline(null, null, null, 20).dueFor(p, new WorkingCalendar()))
                .isEqualTo(LocalDate.of(2026, 1, 20));
    }
}
