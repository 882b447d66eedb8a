package vn.noivu.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.internal.FormStore;

/** What other modules may ask about report forms. */
@Service
@Transactional(readOnly = true)
public class ReportingForms {

    private final FormStore forms;

    ReportingForms(FormStore forms) {
        this.forms = forms;
    }

    /** A form version: its code as issued, title and period type, in force during [validFrom, validTo). */
    public record FormSummary(String code, String title, String periodType, LocalDate validFrom, LocalDate validTo) {}

    /** The forms in force on {@code day}. */
    public List<FormSummary> inForce(LocalDate day) {
        return forms.all().stream()
                .filter(f -> f.inForceOn(day))
                .map(f -> new FormSummary(f.code(), f.title(), f.periodType().name(), f.validFrom(), f.validTo()))
                .toList();
    }
}
