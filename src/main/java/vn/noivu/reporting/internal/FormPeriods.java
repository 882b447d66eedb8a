package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.noivu.platform.web.NotFoundException;

/**
 * Finds the form version that applies to a period: the one in force on the period's cut-off (its last
 * day). An unknown form is 404; a period that is not one of the form's, or one the form was not in
 * force for, is refused naming the parameter.
 */
@Component
public class FormPeriods {

    private final FormStore forms;
    private final Texts texts;
    private final WorkingCalendar calendar;

    FormPeriods(FormStore forms, Texts texts, WorkingCalendar calendar) {
        this.forms = forms;
        this.texts = texts;
        this.calendar = calendar;
    }

    public FormPeriod of(String formCode, String periodCode) {
        // One read of the form's versions answers whether it exists, its period type and the version
        // in force: each version's JSON is parsed once per call (a form of 200 cells is some 40 kB).
        List<FormDefinition> versions = formCode == null ? List.of() : forms.versions(formCode);
        if (versions.isEmpty()) {
            throw new NotFoundException("form", formCode);
        }
        FormDefinition any = versions.get(versions.size() - 1);
        Period period = Period.parse(any.periodType(), periodCode)
                .orElseThrow(() -> refused("period", texts.get("reporting.period.invalid." + any.periodType())));
        LocalDate day = period.end();
        FormDefinition form = versions.stream()
                .filter(v -> !v.validFrom().isAfter(day)
                        && (v.validTo() == null || v.validTo().isAfter(day)))
                .findFirst()
                .orElseThrow(() -> refused("period", texts.get("reporting.period.notInForce", formCode, periodCode)));
        if (form.periodType() != any.periodType()) {
            // A later version changed the period type: read the period by this version's type.
            period = Period.parse(form.periodType(), periodCode)
                    .orElseThrow(() -> refused("period", texts.get("reporting.period.invalid." + form.periodType())));
        }
        if (form.windowStartDay() != null && period.type() != PeriodType.AD_HOC && period.type() != PeriodType.TERM) {
            // NĐ 09/2019 windows: from the 15th of the month before the period to the 14th of its last month.
            int d = form.windowStartDay();
            period = new Period(
                    period.code(),
                    period.type(),
                    period.start().minusMonths(1).withDayOfMonth(d),
                    period.end().withDayOfMonth(d - 1));
        }
        Period p = period;
        java.util.Map<String, java.time.LocalDate> byTier = new java.util.HashMap<>();
        form.deadlinesByTier().forEach((tier, rule) -> byTier.put(tier, rule.dueFor(p, calendar)));
        return new FormPeriod(form, period, form.deadline().dueFor(period, calendar), byTier);
    }

    private RefusedException refused(String field, String message) {
        return new RefusedException(
                HttpStatus.BAD_REQUEST,
                texts.get("reporting.refused.title"),
                message,
                List.of(new Problem(field, message)));
    }
}
