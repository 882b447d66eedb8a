package vn.noivu.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How figures look on screen, used from templates as {@code ${@fmt.number(n)}}: dates dd/MM/yyyy,
 * numbers with the reader's separators (Vietnamese 1.234.567,89; English 1,234,567.89).
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public String date(TemporalAccessor date) {
        if (date == null) {
            return "";
        }
        if (date instanceof OffsetDateTime odt) {
            return DATE_TIME.format(odt.atZoneSameInstant(VIETNAM));
        }
        return DATE.format(date);
    }

    public String number(Number n) {
        return n == null ? "" : pattern("#,##0").format(n);
    }

    /** Two decimals, half-up, as reduction percentages are reported. */
    public String decimal2(Number n) {
        if (n == null) {
            return "";
        }
        BigDecimal value = new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP);
        return pattern("#,##0.00").format(value);
    }

    /** A value of a {@link vn.noivu.platform.exports.ReportTable} in the format of its column. */
    public String cell(vn.noivu.platform.exports.ReportTable.Column column, Object value) {
        if (value instanceof Number n) {
            return switch (column.kind()) {
                case INTEGER -> number(n);
                case DECIMAL -> decimal2(n);
                default -> n.toString();
            };
        }
        if (value instanceof TemporalAccessor t) {
            return date(t);
        }
        return value == null ? "" : value.toString();
    }

    /** The parts that have a value, joined: no "null · null" where a dossier leaves fields empty. */
    public String joined(String separator, Object... parts) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part == null || part.toString().isBlank()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(part);
        }
        return out.toString();
    }

    /** An amount of money in đồng: 16.473.600 đ. */
    public String money(Number n) {
        return n == null ? "" : number(n) + " đ";
    }

    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static DecimalFormat pattern(String pattern) {
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if ("vi".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        }
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
