package vn.noivu.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.noivu.platform.audit.AuditCodeNames;
import vn.noivu.platform.imports.CodeLabels;

/**
 * A form's period type and its pre-fill sources ({@code reward.awards.CSTD_TQ.byMinistry}) in an audited
 * change read by their names.
 */
@Component
class ReportingAuditNames implements AuditCodeNames {

    private final MessageSource messages;
    private final FormStore forms;
    private final SourceNames sources;

    ReportingAuditNames(MessageSource messages, FormStore forms, SourceNames sources) {
        this.messages = messages;
        this.forms = forms;
        this.sources = sources;
    }

    @Override
    public Map<String, CodeLabels> byField() {
        Map<String, String> types = new LinkedHashMap<>();
        for (PeriodType t : PeriodType.values()) {
            types.put(
                    t.name(),
                    messages.getMessage(
                            "reporting.periodType." + t.name(), null, t.name(), LocaleContextHolder.getLocale()));
        }
        Map<String, String> sourceNames = new LinkedHashMap<>();
        for (FormDefinition form : forms.all()) {
            for (FormDefinition.Prefill p : form.prefill()) {
                sourceNames.computeIfAbsent(p.source(), sources::label);
            }
        }
        return Map.of("periodType", CodeLabels.of(types), "source", CodeLabels.of(sourceNames));
    }
}
