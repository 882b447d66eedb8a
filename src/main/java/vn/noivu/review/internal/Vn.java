package vn.noivu.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers and dates as official Vietnamese documents write them (247.722; 10,01 %; 31/12/2021), whatever
 * the reader's language: the review's sentences are the report's own words.
 */
public final class Vn {

    private Vn() {}

    public static String number(Number n) {
        return n == null ? "" : format("#,##0").format(n);
    }

    /** Two decimals, half-up, then " %": "10,01 %". */
    public static String percent(BigDecimal p) {
        return p == null ? "" : format("#,##0.00").format(p.setScale(2, RoundingMode.HALF_UP)) + " %";
    }

    /** A reduction percentage as words: "giảm 10,14 %", or "tăng 5,00 %" when it is negative. */
    public static String reductionWords(BigDecimal p) {
        if (p == null) {
            return "";
        }
        return (p.signum() >= 0 ? "giảm " : "tăng ") + percent(p.abs());
    }

    public static String date(LocalDate d) {
        return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** (baseline − current) / baseline × 100, two decimals half-up; null without a baseline. */
    public static BigDecimal reduction(long baseline, long current) {
        if (baseline == 0) {
            return null;
        }
        return BigDecimal.valueOf(baseline - current)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(baseline), 2, RoundingMode.HALF_UP);
    }

    /**
     * "giảm 728 biên chế (9,88 %) so với năm 2015", "tăng 3 đơn vị (…)", "không thay đổi so với năm 2015".
     */
    public static String change(long baseline, long current, String unit, String against) {
        long diff = current - baseline;
        if (diff == 0) {
            return "không thay đổi so với " + against;
        }
        BigDecimal pct = reduction(baseline, current);
        String amount = number(Math.abs(diff)) + " " + unit;
        String share = pct == null ? "" : " (" + percent(pct.abs()) + ")";
        return (diff < 0 ? "giảm " : "tăng ") + amount + share + " so với " + against;
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
