package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * A form in the version that applies to a period, the period (its data window), when its reports are
 * due, and each level's own deadline by the reporting unit's tier.
 */
public record FormPeriod(FormDefinition form, Period period, LocalDate deadline, Map<String, LocalDate> tierDeadlines) {

    public FormPeriod(FormDefinition form, Period period, LocalDate deadline) {
        this(form, period, deadline, Map.of());
    }

    public String formCode() {
        return form.code();
    }

    public LocalDate cutOff() {
        return period.end();
    }

    /** The deadline of a unit: its tier's own, else the form's. */
    public LocalDate deadlineFor(ReportingUnit unit) {
        return tierDeadlines.getOrDefault(Tiers.of(unit.type()), deadline);
    }
}
