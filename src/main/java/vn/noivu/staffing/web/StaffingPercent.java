package vn.noivu.staffing.web;

import java.math.BigDecimal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.platform.web.Formats;

/**
 * A reduction percentage as the sector reads it, used from templates as
 * {@code ${@staffingPercent.text(p)}}: a reduction as "6,44", an increase as "tăng 734,13 %" — never as a
 * negative reduction — and "—" without a baseline.
 */
@Component("staffingPercent")
public class StaffingPercent {

    private final Formats fmt;
    private final MessageSource messages;

    StaffingPercent(Formats fmt, MessageSource messages) {
        this.fmt = fmt;
        this.messages = messages;
    }

    public String text(BigDecimal reductionPercent) {
        if (reductionPercent == null) {
            return "—";
        }
        if (reductionPercent.signum() >= 0) {
            return fmt.decimal2(reductionPercent);
        }
        return messages.getMessage(
                "tables.staffing.increase",
                new Object[] {fmt.decimal2(reductionPercent.negate())},
                LocaleContextHolder.getLocale());
    }
}
