package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The form definitions table: versions of each form code, stored as the documented JSON. */
@Component
public class FormStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FormStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every version of every form, by code then date. */
    public List<FormDefinition> all() {
        return jdbc
                .sql("SELECT definition::text FROM reporting.form ORDER BY code, valid_from")
                .query(String.class)
                .list()
                .stream()
                .map(this::parse)
                .toList();
    }

    /** The versions of one form code, oldest first. */
    public List<FormDefinition> versions(String code) {
        return jdbc
                .sql("SELECT definition::text FROM reporting.form WHERE code = :code ORDER BY valid_from")
                .param("code", code)
                .query(String.class)
                .list()
                .stream()
                .map(this::parse)
                .toList();
    }

    /** The version in force on {@code day}. */
    public Optional<FormDefinition> inForce(String code, LocalDate day) {
        return jdbc.sql("""
                        SELECT definition::text FROM reporting.form
                        WHERE code = :code AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
                .param("code", code)
                .param("day", day)
                .query(String.class)
                .optional()
                .map(this::parse);
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM reporting.form WHERE code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    /** Who imported the version of {@code code} starting on {@code validFrom} ("system" for a shipped one). */
    Optional<String> importedBy(String code, LocalDate validFrom) {
        return jdbc.sql("SELECT imported_by FROM reporting.form WHERE code = :code AND valid_from = :from")
                .param("code", code)
                .param("from", validFrom)
                .query(String.class)
                .optional();
    }

    /** The checksum of the shipped file a form version was last loaded from, if it was. */
    Optional<String> shippedChecksum(String code, LocalDate validFrom) {
        return jdbc.sql("SELECT sha256 FROM reporting.shipped_form WHERE code = :code AND valid_from = :from")
                .param("code", code)
                .param("from", validFrom)
                .query(String.class)
                .optional();
    }

    void recordShipped(String code, LocalDate validFrom, String sha256) {
        jdbc.sql("""
                        INSERT INTO reporting.shipped_form (code, valid_from, sha256) VALUES (:code, :from, :sha)
                        ON CONFLICT (code, valid_from) DO UPDATE SET sha256 = EXCLUDED.sha256, loaded_at = now()""")
                .param("code", code)
                .param("from", validFrom)
                .param("sha", sha256)
                .update();
    }

    /** The version starting on the same day, if any (an import of it replaces it). */
    Optional<FormDefinition> startingOn(String code, LocalDate validFrom) {
        return jdbc.sql("SELECT definition::text FROM reporting.form WHERE code = :code AND valid_from = :from")
                .param("code", code)
                .param("from", validFrom)
                .query(String.class)
                .optional()
                .map(this::parse);
    }

    /** Versions other than the one starting on {@code validFrom} that overlap [validFrom, validTo). */
    List<FormDefinition> overlapping(FormDefinition form) {
        return jdbc
                .sql("""
                        SELECT definition::text FROM reporting.form
                        WHERE code = :code AND valid_from <> :from
                          AND daterange(valid_from, valid_to) && daterange(:from, CAST(:to AS date))""")
                .param("code", form.code())
                .param("from", form.validFrom())
                .param("to", form.validTo())
                .query(String.class)
                .list()
                .stream()
                .map(this::parse)
                .toList();
    }

    /** Ends an open version where a newer one starts (a new circular replaces the form). */
    void close(FormDefinition older, LocalDate on) {
        FormDefinition closed = copyWithValidTo(older, on);
        jdbc.sql("""
                        UPDATE reporting.form SET valid_to = :to, definition = CAST(:def AS jsonb)
                        WHERE code = :code AND valid_from = :from""")
                .param("to", on)
                .param("def", json.writeValueAsString(closed))
                .param("code", older.code())
                .param("from", older.validFrom())
                .update();
    }

    void save(FormDefinition form, String actor) {
        jdbc.sql("DELETE FROM reporting.form WHERE code = :code AND valid_from = :from")
                .param("code", form.code())
                .param("from", form.validFrom())
                .update();
        jdbc.sql("""
                        INSERT INTO reporting.form
                            (code, valid_from, valid_to, title, domain, period_type, definition, imported_by)
                        VALUES (:code, :from, :to, :title, :domain, :periodType, CAST(:def AS jsonb), :actor)""")
                .param("code", form.code())
                .param("from", form.validFrom())
                .param("to", form.validTo())
                .param("title", form.title())
                .param("domain", form.domain())
                .param("periodType", form.periodType().name())
                .param("def", json.writeValueAsString(form))
                .param("actor", actor)
                .update();
    }

    public String toJson(FormDefinition form) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
    }

    private FormDefinition parse(String text) {
        return json.readValue(text, FormDefinition.class);
    }

    static FormDefinition copyWithValidTo(FormDefinition f, LocalDate validTo) {
        return new FormDefinition(
                f.code(),
                f.title(),
                f.legalBasis(),
                f.validFrom(),
                validTo,
                f.domain(),
                f.periodType(),
                f.deadline(),
                f.reportingUnits(),
                f.receivingLevel(),
                f.receivingUnit(),
                f.unitOfMeasure(),
                f.rows(),
                f.columns(),
                f.rules(),
                f.prefill(),
                f.note(),
                f.deadlinesByTier(),
                f.receivingLevelByTier(),
                f.windowStartDay());
    }
}
