package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report form (biểu mẫu báo cáo) as data, in the JSON shape of docs/reporting-forms.md: what it
 * asks (rows × columns of indicators), who reports it and to whom, for which periods, by when, which
 * rules its figures must satisfy, and which cells NoiVu can fill in itself.
 */
public record FormDefinition(
        String code,
        String title,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validTo,
        String domain,
        PeriodType periodType,
        Deadline deadline,
        ReportingUnits reportingUnits,
        ReceivingLevel receivingLevel,
        String receivingUnit,
        String unitOfMeasure,
        List<Row> rows,
        List<Column> columns,
        List<Rule> rules,
        List<Prefill> prefill,
        String note,
        Map<String, Deadline> deadlinesByTier,
        Map<String, ReceivingLevel> receivingLevelByTier,
        Integer windowStartDay) {

    // deadlinesByTier / receivingLevelByTier: each level's own deadline and receiver, by the reporting
    // unit's tier (COMMUNE → the province by the 17th, PROVINCIAL → the Ministry by the 20th); a tier not
    // named takes deadline / receivingLevel. windowStartDay: a data window from that day of the month
    // before the period to the day before it in the period's last month (NĐ 09/2019: 15th → 14th).

    public FormDefinition {
        deadlinesByTier = deadlinesByTier == null ? Map.of() : Map.copyOf(deadlinesByTier);
        receivingLevelByTier = receivingLevelByTier == null ? Map.of() : Map.copyOf(receivingLevelByTier);
    }

    // receivingUnit is the receiver as printed in the header ("Bộ Nội vụ"), not a code: a form must
    // load on an instance that has no organisations yet.

    /** A row of indicators: its code as printed in the "Mã số" column, label, indent level. */
    public record Row(String code, String label, int level) {}

    /**
     * A column: code as printed (1, 2, …), label, optional group (a merged header over several columns),
     * the type of its cells and how they add up across units.
     */
    public record Column(String code, String label, String group, CellType type, Aggregation aggregation) {}

    /** A rule over cells ({@code R01 = R02 + R03}), its message and whether it blocks submission. */
    public record Rule(String expression, String message, Severity severity) {}

    /** A cell NoiVu fills in from its own records: the named source that computes it. */
    public record Prefill(String cell, String source) {}

    /**
     * Who reports the form: organisation units of these types (optionally only of these tiers), plus
     * units listed by code.
     */
    public record ReportingUnits(List<String> types, List<String> tiers, List<String> codes) {}

    /**
     * When a report is due — one of: a fixed day and month in the year the period ends plus {@code
     * yearOffset} (15/12 of the emulation year; 28/02 of the year after); {@code daysAfterEnd} days
     * after the period's last day; {@code workingDaysAfterEnd} working days after it (public holidays
     * and Tết skipped); {@code dayOfLastMonth}, that day of the period's last month (the 20th of June
     * for a half-year window ending 14/6).
     */
    public record Deadline(
            Integer day,
            Integer month,
            Integer yearOffset,
            Integer daysAfterEnd,
            Integer workingDaysAfterEnd,
            Integer dayOfLastMonth) {

        public Deadline(Integer day, Integer month, Integer yearOffset, Integer daysAfterEnd) {
            this(day, month, yearOffset, daysAfterEnd, null, null);
        }

        public LocalDate dueFor(Period period, WorkingCalendar calendar) {
            if (daysAfterEnd != null) {
                return period.end().plusDays(daysAfterEnd);
            }
            if (workingDaysAfterEnd != null) {
                return calendar.workingDaysAfter(period.end(), workingDaysAfterEnd);
            }
            if (dayOfLastMonth != null) {
                java.time.YearMonth last = java.time.YearMonth.from(period.end());
                return last.atDay(Math.min(dayOfLastMonth, last.lengthOfMonth()));
            }
            int year = period.end().getYear() + (yearOffset == null ? 0 : yearOffset);
            java.time.YearMonth ym = java.time.YearMonth.of(year, month);
            return ym.atDay(Math.min(day, ym.lengthOfMonth()));
        }
    }

    public enum CellType {
        NUMBER,
        TEXT
    }

    public enum Aggregation {
        SUM,
        NONE
    }

    public enum Severity {
        BLOCK,
        WARN
    }

    /** Who accepts or returns a report: the Ministry (national users), or the unit's province. */
    public enum ReceivingLevel {
        MINISTRY,
        PROVINCE
    }

    public Optional<Row> row(String rowCode) {
        return rows.stream().filter(r -> r.code().equals(rowCode)).findFirst();
    }

    public Optional<Column> column(String columnCode) {
        return columns.stream().filter(c -> c.code().equals(columnCode)).findFirst();
    }

    /** Every cell key ({@code <row>.<column>}) in the form's order, with its column. */
    public Map<String, Column> cells() {
        Map<String, Column> cells = new LinkedHashMap<>();
        for (Row r : rows) {
            for (Column c : columns) {
                cells.put(r.code() + "." + c.code(), c);
            }
        }
        return cells;
    }

    /** Who decides on a report of a unit of this tier. */
    public ReceivingLevel receivingLevelFor(String tier) {
        return receivingLevelByTier.getOrDefault(tier == null ? "" : tier, receivingLevel);
    }

    /** Whether the form is in force for a period ending on {@code cutOff}. */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
