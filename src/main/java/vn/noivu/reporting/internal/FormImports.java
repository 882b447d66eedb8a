package vn.noivu.reporting.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;

/**
 * Imports a form definition, whole or not at all: a new version of a code ends the open version it
 * follows; a version starting on the same day replaces it; any other overlap is refused.
 */
@Service
public class FormImports {

    private final FormReader reader;
    private final FormStore store;
    private final AuditLog audit;
    private final Texts texts;

    FormImports(FormReader reader, FormStore store, AuditLog audit, Texts texts) {
        this.reader = reader;
        this.store = store;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public FormDefinition importDefinition(byte[] bytes) {
        FormDefinition form = reader.read(bytes);
        FormDefinition replaced =
                store.startingOn(form.code(), form.validFrom()).orElse(null);
        for (FormDefinition other : store.overlapping(form)) {
            boolean followsOpenVersion = other.validFrom().isBefore(form.validFrom())
                    && (other.validTo() == null || other.validTo().isAfter(form.validFrom()))
                    && other.validTo() == null;
            if (followsOpenVersion) {
                store.close(other, form.validFrom());
                audit.record("FORM_VERSION_ENDED", "reporting.form", form.code(), other.validTo(), form.validFrom());
            } else {
                throw new RefusedException(
                        texts.get("reporting.form.refused.title"),
                        texts.get("reporting.form.refused", 1),
                        List.of(new Problem(
                                "validFrom",
                                texts.get(
                                        "reporting.form.error.overlap",
                                        Reports.Formats.date(other.validFrom()),
                                        other.validTo() == null ? "…" : Reports.Formats.date(other.validTo())))));
            }
        }
        store.save(form, CurrentUser.actor());
        audit.record(
                replaced == null ? "FORM_IMPORTED" : "FORM_REPLACED", "reporting.form", form.code(), replaced, form);
        return form;
    }
}
