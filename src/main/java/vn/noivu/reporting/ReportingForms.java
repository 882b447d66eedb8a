package vn.noivu.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.internal.Consolidations;
import vn.noivu.reporting.internal.FormPeriod;
import vn.noivu.reporting.internal.FormPeriods;
import vn.noivu.reporting.internal.FormStore;
import vn.noivu.reporting.internal.RefusedException;
import vn.noivu.reporting.internal.YearTimeliness;

/** What other modules may ask about report forms. */
@Service
@Transactional(readOnly = true)
public class ReportingForms {

    private final FormStore forms;
    private final FormPeriods formPeriods;
    private final Consolidations consolidations;
    private final YearTimeliness yearTimeliness;

    ReportingForms(
            FormStore forms, FormPeriods formPeriods, Consolidations consolidations, YearTimeliness yearTimeliness) {
        this.forms = forms;
        this.formPeriods = formPeriods;
        this.consolidations = consolidations;
        this.yearTimeliness = yearTimeliness;
    }

    /** A form version: its code as issued, title and period type, in force during [validFrom, validTo). */
    public record FormSummary(String code, String title, String periodType, LocalDate validFrom, LocalDate validTo) {}

    /**
     * How one form's reports of one period came in from the units expected to send it: sent on time,
     * late, missing (the completeness page's counts).
     */
    public record Timeliness(
            String form, String title, String period, int expected, int submitted, int onTime, int late, int missing) {}

    /** The forms in force on {@code day}. */
    public List<FormSummary> inForce(LocalDate day) {
        return forms.all().stream()
                .filter(f -> f.inForceOn(day))
                .map(f -> new FormSummary(f.code(), f.title(), f.periodType().name(), f.validFrom(), f.validTo()))
                .toList();
    }

    /**
     * The reporting discipline of a scope (a province or organisation code; null = the user's) in a year:
     * for every form and every period of the calendar that ends in the year and whose deadline has
     * passed by {@code today}, the reports expected, sent on time, late and missing. Terms and ad-hoc
     * reports are not periods of a year and are left out, as are periods nobody was expected to report.
     */
    public List<Timeliness> timeliness(String scope, int year, LocalDate today) {
        Set<String> codes = new LinkedHashSet<>();
        forms.all().forEach(f -> codes.add(f.code()));
        List<Timeliness> out = new ArrayList<>();
        for (String code : codes) {
            for (String period : periodsOf(code, year)) {
                FormPeriod fp;
                try {
                    fp = formPeriods.of(code, period);
                } catch (RefusedException notInForce) {
                    continue;
                }
                if (fp.deadline() != null && fp.deadline().isAfter(today)) {
                    continue;
                }
                Consolidations.Completeness c = consolidations.completeness(code, period, scope);
                if (c.expected() == 0) {
                    continue;
                }
                out.add(new Timeliness(
                        code,
                        fp.form().title(),
                        period,
                        c.expected(),
                        c.submitted(),
                        c.onTime(),
                        c.late(),
                        c.missing()));
            }
        }
        return out;
    }

    /**
     * The same counts as {@link #timeliness}, every form period of the year counted in one grouped query
     * (the annual review of the whole country asks for all of them at once).
     */
    public List<Timeliness> timelinessOfYear(String scope, int year, LocalDate today) {
        return yearTimeliness.of(scope, year, today);
    }

    private List<String> periodsOf(String code, int year) {
        return yearTimeliness.periodsOf(code, year);
    }
}
