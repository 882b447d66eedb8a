package vn.noivu.reporting.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as written in the API ({@code 2025}, {@code 2025-H1}, {@code 2025-Q3},
 * {@code 2025-07}, {@code 2021-2026} for a term, {@code 2025-07-15} for an ad-hoc report) with its
 * first and last day. The last day is the cut-off (thời điểm chốt số liệu).
 */
public record Period(String code, PeriodType type, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern TERM = Pattern.compile("^(\\d{4})-(\\d{4})$");

    /** The period {@code code} names for a form of this period type; empty if it is not one. */
    public static Optional<Period> parse(PeriodType type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        try {
            return Optional.ofNullable(
                    switch (type) {
                        case YEAR ->
                            match(YEAR, c, m -> {
                                int y = year(m);
                                return new Period(c, type, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                            });
                        case EMULATION_YEAR ->
                            match(YEAR, c, m -> {
                                int y = year(m);
                                return new Period(c, type, LocalDate.of(y - 1, 12, 1), LocalDate.of(y, 11, 30));
                            });
                        case HALF_YEAR ->
                            match(HALF, c, m -> {
                                int y = year(m);
                                int h = Integer.parseInt(m.group(2));
                                LocalDate start = LocalDate.of(y, h == 1 ? 1 : 7, 1);
                                return new Period(
                                        c, type, start, start.plusMonths(6).minusDays(1));
                            });
                        case QUARTER ->
                            match(QUARTER, c, m -> {
                                int y = year(m);
                                int q = Integer.parseInt(m.group(2));
                                LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
                                return new Period(
                                        c, type, start, start.plusMonths(3).minusDays(1));
                            });
                        case MONTH ->
                            match(MONTH, c, m -> {
                                YearMonth ym = YearMonth.of(year(m), Integer.parseInt(m.group(2)));
                                return new Period(c, type, ym.atDay(1), ym.atEndOfMonth());
                            });
                        case TERM ->
                            match(TERM, c, m -> {
                                int first = year(m);
                                int last = Integer.parseInt(m.group(2));
                                return last <= first || last - first > 10
                                        ? null
                                        : new Period(c, type, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
                            });
                        case AD_HOC -> {
                            LocalDate day = LocalDate.parse(c);
                            yield new Period(c, type, day, day);
                        }
                    });
        } catch (DateTimeException | NumberFormatException e) {
            // Not a date or month of the calendar (2025-13, 2025-02-30): not a period.
            return Optional.empty();
        }
    }

    /** The period that contains {@code day}, for periods the calendar opens (not terms or ad hoc). */
    public static Optional<Period> containing(PeriodType type, LocalDate day) {
        String code = switch (type) {
            case YEAR -> String.valueOf(day.getYear());
            case EMULATION_YEAR -> String.valueOf(day.getMonthValue() == 12 ? day.getYear() + 1 : day.getYear());
            case HALF_YEAR -> day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3);
            case MONTH -> YearMonth.from(day).toString();
            case TERM, AD_HOC -> null;
        };
        return code == null ? Optional.empty() : parse(type, code);
    }

    /** The period before this one (for the calendar's periods; empty for terms and ad-hoc reports). */
    public Optional<Period> previous() {
        return containing(type, start.minusDays(1));
    }

    private static int year(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        if (y < 1945 || y > 2200) {
            throw new NumberFormatException("year out of range");
        }
        return y;
    }

    private static Period match(Pattern pattern, String code, java.util.function.Function<Matcher, Period> build) {
        Matcher m = pattern.matcher(code);
        return m.matches() ? build.apply(m) : null;
    }
}
