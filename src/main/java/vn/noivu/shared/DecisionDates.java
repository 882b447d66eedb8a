package vn.noivu.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The range of dates a decision or a change may carry when people enter it: from the founding of the
 * Democratic Republic of Vietnam (02/09/1945), before which no unit of today's apparatus has a legal
 * basis, to {@value #YEARS_AHEAD} years from today, as far ahead as a plan is ever decided. A date
 * outside is a typing error (31/12/9999, year 20245) and, stored, would block every later change of
 * the units it touches.
 */
public final class DecisionDates {

    public static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
    public static final int YEARS_AHEAD = 10;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private DecisionDates() {}

    /** The last date accepted today. */
    public static LocalDate latest() {
        return LocalDate.now(VIETNAM).plusYears(YEARS_AHEAD);
    }

    /** Whether {@code date} lies in the range; {@code null} (no date) is left to the caller's rules. */
    public static boolean accepted(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(latest()));
    }
}
