package vn.noivu.reporting.internal;

import java.time.LocalDate;

/** A form in the version that applies to a period, the period, and when its reports are due. */
public record FormPeriod(FormDefinition form, Period period, LocalDate deadline) {

    public String formCode() {
        return form.code();
    }

    public LocalDate cutOff() {
        return period.end();
    }
}
