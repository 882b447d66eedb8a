package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.security.UserScope;
import vn.noivu.reporting.ReportingForms.Timeliness;

/**
 * The reporting discipline of a scope in a year — every form and period of the year whose deadline has
 * passed, with the reports expected, sent on time, late and missing — counted in one grouped query over
 * all the form periods at once: the units expected (by type, tier or code, in force on each period's
 * cut-off, under the scope's path) joined to their reports. The same counts as {@link
 * Consolidations#completeness} gives one form period at a time (which reads the expected units, then
 * their reports, for each), for the annual review that asks for the whole year of the country.
 */
@Component
public class YearTimeliness {

    private static final Set<String> SENT = Set.of("SUBMITTED", "RESUBMITTED", "ACCEPTED");

    private final FormStore forms;
    private final FormPeriods formPeriods;
    private final ReportingScope scopes;
    private final JdbcClient jdbc;

    YearTimeliness(FormStore forms, FormPeriods formPeriods, ReportingScope scopes, JdbcClient jdbc) {
        this.forms = forms;
        this.formPeriods = formPeriods;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    /**
     * The discipline of a scope (a province or organisation code; null = the user's) in a year: for every
     * form and every period of the calendar that ends in the year and whose deadline has passed by {@code
     * today}, the reports expected, sent on time, late and missing, in the forms' order. Terms and ad-hoc
     * reports are not periods of a year and are left out, as are periods nobody was expected to report.
     */
    @Transactional(readOnly = true)
    public List<Timeliness> of(String scope, int year, LocalDate today) {
        UserScope asked = scopes.readable(scope);
        Set<String> codes = new LinkedHashSet<>();
        forms.all().forEach(f -> codes.add(f.code()));
        List<FormPeriod> due = new ArrayList<>();
        for (String code : codes) {
            for (String period : periodsOf(code, year)) {
                FormPeriod fp;
                try {
                    fp = formPeriods.of(code, period);
                } catch (RefusedException notInForce) {
                    continue;
                }
                if (fp.deadline() == null || !fp.deadline().isAfter(today)) {
                    due.add(fp);
                }
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        // One row per form period, and one per type (of the tiers asked) or code it expects.
        List<Integer> index = new ArrayList<>();
        List<String> formCodes = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        List<String> cutOffs = new ArrayList<>(); // ISO days: the driver sends no array of dates
        List<Integer> criterionOf = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> unitCodes = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            FormPeriod fp = due.get(i);
            index.add(i);
            formCodes.add(fp.formCode());
            periods.add(fp.period().code());
            cutOffs.add(fp.cutOff().toString());
            FormDefinition.ReportingUnits expected = fp.form().reportingUnits();
            for (String type : expected.types()) {
                if (expected.tiers().isEmpty() || expected.tiers().contains(Tiers.of(type))) {
                    criterionOf.add(i);
                    types.add(type);
                    unitCodes.add(null);
                }
            }
            for (String code : expected.codes()) {
                criterionOf.add(i);
                types.add(null);
                unitCodes.add(code);
            }
        }
        Map<Integer, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        WITH fp AS (
                            SELECT * FROM unnest(CAST(:idx AS int[]), CAST(:forms AS text[]), CAST(:periods AS text[]),
                                                 CAST(:cuts AS date[])) AS fp(i, form_code, period, cut)),
                        crit AS (
                            SELECT * FROM unnest(CAST(:crit AS int[]), CAST(:types AS text[]), CAST(:codes AS text[]))
                                AS c(i, type, code)),
                        expected AS (
                            SELECT c.i, v.code
                            FROM crit c
                            JOIN fp ON fp.i = c.i
                            JOIN organization.api_unit_version v ON v.type = c.type
                            WHERE v.valid_from <= fp.cut AND (v.valid_to IS NULL OR v.valid_to > fp.cut)
                            UNION
                            SELECT c.i, v.code
                            FROM crit c
                            JOIN fp ON fp.i = c.i
                            JOIN organization.api_unit_version v ON v.code = c.code
                            WHERE v.valid_from <= fp.cut AND (v.valid_to IS NULL OR v.valid_to > fp.cut))
                        SELECT e.i, count(*) AS expected,
                               count(*) FILTER (WHERE r.status = ANY(CAST(:sent AS text[]))) AS submitted,
                               count(*) FILTER (WHERE r.status = ANY(CAST(:sent AS text[]))
                                                  AND coalesce(r.received_on, r.first_submitted_on) <= r.deadline)
                                   AS on_time
                        FROM expected e
                        JOIN fp ON fp.i = e.i
                        JOIN organization.api_unit u ON u.code = e.code
                        LEFT JOIN reporting.report r
                               ON r.form_code = fp.form_code AND r.period = fp.period AND r.unit_code = e.code
                        WHERE u.path LIKE :scope
                        GROUP BY e.i""")
                .param("idx", index.toArray(Integer[]::new))
                .param("forms", formCodes.toArray(String[]::new))
                .param("periods", periods.toArray(String[]::new))
                .param("cuts", cutOffs.toArray(String[]::new))
                .param("crit", criterionOf.toArray(Integer[]::new))
                .param("types", types.toArray(String[]::new))
                .param("codes", unitCodes.toArray(String[]::new))
                .param("sent", SENT.toArray(String[]::new))
                .param("scope", asked.likePattern())
                .query(rs -> {
                    counts.put(
                            rs.getInt("i"),
                            new int[] {rs.getInt("expected"), rs.getInt("submitted"), rs.getInt("on_time")});
                });
        List<Timeliness> out = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            int[] c = counts.get(i);
            if (c == null || c[0] == 0) {
                continue;
            }
            FormPeriod fp = due.get(i);
            out.add(new Timeliness(
                    fp.formCode(), fp.form().title(), fp.period().code(), c[0], c[1], c[2], c[1] - c[2], c[0] - c[1]));
        }
        return out;
    }

    /** The periods of the calendar that end in the year, by the form's period type then. */
    public List<String> periodsOf(String code, int year) {
        FormDefinition form = forms.inForce(code, LocalDate.of(year, 12, 31))
                .or(() -> forms.inForce(code, LocalDate.of(year, 6, 30)))
                .orElse(null);
        if (form == null) {
            return List.of();
        }
        return switch (form.periodType()) {
            case YEAR, EMULATION_YEAR -> List.of(String.valueOf(year));
            case HALF_YEAR -> List.of(year + "-H1", year + "-H2");
            case QUARTER -> List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
            case MONTH -> {
                List<String> months = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    months.add(String.format("%d-%02d", year, m));
                }
                yield months;
            }
            case TERM, AD_HOC -> List.of();
        };
    }
}
