package vn.noivu.staffing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;

/**
 * Imports quotas from CSV or XLSX (docs/import-formats.md, "Staffing quotas"): the whole file is
 * validated before anything is written, refused whole on any error (with row, column and reason in the
 * user's language), and applied in one transaction; rows equal to what is stored change nothing.
 */
@Component
public class QuotaImport {

    public static final List<String> COLUMNS =
            List.of("org_code", "year", "category", "assigned", "actual", "legal_basis");
    public static final String DECISION_DATE = "decision_date";
    public static final String DECISION_ISSUER = "decision_issuer";

    static final int SHOWN_ERRORS = 500;

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final OrgDirectory directory;
    private final Categories categories;
    private final QuotaStore store;
    private final AuditLog audit;
    private final MessageSource messages;

    QuotaImport(
            OrgDirectory directory, Categories categories, QuotaStore store, AuditLog audit, MessageSource messages) {
        this.directory = directory;
        this.categories = categories;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
    }

    /** The most data rows of an upload (noivu.imports.max-rows.quotas): a country's units times categories. */
    public static final int DEFAULT_MAX_ROWS = 500_000;

    /** An upload read within its limits, imported as the current user, within the user's scope. */
    @Transactional
    public ImportResult importFile(String filename, TabularFile file) {
        return apply(filename, file, CurrentUser.scope(), true);
    }

    /**
     * @param auditUnchanged whether an import that changes nothing is still recorded (a user's import is;
     *     the demo loader's restart is not)
     */
    @Transactional
    public ImportResult importFile(String filename, InputStream in, UserScope scope, boolean auditUnchanged)
            throws IOException {
        return apply(filename, TabularFile.read(filename, in), scope, auditUnchanged);
    }

    private ImportResult apply(String filename, TabularFile file, UserScope scope, boolean auditUnchanged) {
        List<ImportError> errors = new ArrayList<>();
        for (String missing : file.missing(COLUMNS)) {
            errors.add(new ImportError(1, missing, msg("staffing.import.missingColumn", missing)));
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        if (file.rows().isEmpty()) {
            throw refused(0, List.of(new ImportError(1, null, msg("staffing.import.empty"))));
        }
        Set<String> codes = new HashSet<>();
        file.rows().forEach(r -> codes.add(r.get("org_code")));
        Map<String, UnitLife> units = directory.lives(codes);
        Map<String, Integer> seen = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        vn.noivu.platform.imports.CodeLabels categoryNames = categories.labels();
        for (TabularRow row : file.rows()) {
            Parsed p = validate(row, units, scope, seen, errors, categoryNames);
            if (p != null) {
                parsed.add(p);
            }
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        Map<QuotaStore.DecisionRef, Long> ids = store.decisionIds(
                parsed.stream().map(Parsed::decision).distinct().toList());
        List<QuotaStore.NewQuota> rows = parsed.stream()
                .map(p -> new QuotaStore.NewQuota(
                        p.org(), p.year(), p.category(), p.assigned(), p.actual(), ids.get(p.decision())))
                .toList();
        QuotaStore.Changes changes = store.upsert(rows, CurrentUser.actor());
        if (auditUnchanged || changes.inserted() + changes.updated() > 0) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("file", filename);
            counts.put("rows", rows.size());
            counts.put("inserted", changes.inserted());
            counts.put("updated", changes.updated());
            counts.put("unchanged", changes.unchanged());
            counts.put("units", codes.size());
            counts.put(
                    "years",
                    parsed.stream().map(Parsed::year).distinct().sorted().toList());
            audit.record("IMPORT", "staffing.quota", filename, null, counts, "Nhập biên chế từ tệp " + filename);
        }
        return ImportResult.applied(rows.size());
    }

    private record Parsed(
            int row,
            String org,
            int year,
            String category,
            int assigned,
            Integer actual,
            QuotaStore.DecisionRef decision) {}

    private Parsed validate(
            TabularRow row,
            Map<String, UnitLife> units,
            UserScope scope,
            Map<String, Integer> seen,
            List<ImportError> errors,
            vn.noivu.platform.imports.CodeLabels categoryNames) {
        int before = errors.size();
        int n = row.number();
        String org = row.get("org_code");
        UnitLife unit = null;
        if (org.isEmpty()) {
            errors.add(new ImportError(n, "org_code", msg("staffing.import.required")));
        } else {
            unit = units.get(org);
            if (unit == null || !scope.includes(unit.path())) {
                errors.add(new ImportError(n, "org_code", msg("staffing.import.unknownUnit", org)));
                unit = null;
            }
        }
        Integer year = null;
        String yearText = row.get("year");
        if (yearText.isEmpty()) {
            errors.add(new ImportError(n, "year", msg("staffing.import.required")));
        } else if (!YEAR.matcher(yearText).matches()
                || Integer.parseInt(yearText) < 1990
                || Integer.parseInt(yearText) > 2100) {
            errors.add(new ImportError(n, "year", msg("staffing.import.yearInvalid", yearText)));
        } else {
            year = Integer.parseInt(yearText);
            LocalDate end = LocalDate.of(year, 12, 31);
            if (unit != null && !unit.inForceOn(end)) {
                errors.add(new ImportError(
                        n,
                        "year",
                        msg(
                                "staffing.import.yearOutsideUnit",
                                org,
                                String.valueOf(year),
                                vn(unit.validFrom()),
                                unit.validTo() == null ? "…" : vn(unit.validTo()))));
            }
        }
        // "Công chức" as well as CIVIL_SERVANT.
        String category = categoryNames.resolve(row.get("category"));
        if (category.isEmpty()) {
            errors.add(new ImportError(n, "category", msg("staffing.import.required")));
        } else if (!categories.known(category)) {
            errors.add(new ImportError(n, "category", msg("staffing.import.unknownCategory", category)));
        } else if (year != null
                && categories.inForce(category, LocalDate.of(year, 12, 31)).isEmpty()) {
            errors.add(new ImportError(
                    n, "category", msg("staffing.import.categoryNotInForce", category, String.valueOf(year))));
        }
        Integer assigned = whole(row, "assigned", true, errors);
        Integer actual = whole(row, "actual", false, errors);
        String legalBasis = row.get("legal_basis");
        if (legalBasis.isEmpty()) {
            errors.add(new ImportError(n, "legal_basis", msg("staffing.import.required")));
        } else if (legalBasis.length() > 500) {
            errors.add(new ImportError(n, "legal_basis", msg("staffing.import.tooLong", "500")));
        }
        LocalDate decisionDate = null;
        String dateText = row.get(DECISION_DATE);
        if (!dateText.isEmpty()) {
            decisionDate = date(dateText);
            if (decisionDate == null) {
                errors.add(new ImportError(n, DECISION_DATE, msg("staffing.import.dateInvalid", dateText)));
            }
        }
        String issuer = row.get(DECISION_ISSUER);
        if (issuer.length() > 500) {
            errors.add(new ImportError(n, DECISION_ISSUER, msg("staffing.import.tooLong", "500")));
        }
        if (!org.isEmpty() && year != null && !category.isEmpty()) {
            Integer first = seen.putIfAbsent(QuotaStore.key(org, year, category), n);
            if (first != null) {
                errors.add(new ImportError(n, "org_code", msg("staffing.import.duplicate", String.valueOf(first))));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Parsed(
                n,
                org,
                year,
                category,
                assigned,
                actual,
                new QuotaStore.DecisionRef(legalBasis, decisionDate, issuer.isEmpty() ? null : issuer));
    }

    private Integer whole(TabularRow row, String column, boolean required, List<ImportError> errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(new ImportError(row.number(), column, msg("staffing.import.required")));
            }
            return null;
        }
        if (text.startsWith("-") && WHOLE.matcher(text.substring(1)).matches()) {
            errors.add(new ImportError(row.number(), column, msg("staffing.import.negative", text)));
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            errors.add(new ImportError(row.number(), column, msg("staffing.import.notInteger", text)));
            return null;
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, VN_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String vn(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private ImportRefusedException refused(int rows, List<ImportError> errors) {
        return new ImportRefusedException(ImportResult.refused(rows, shown(errors)));
    }

    /** More errors than {@link #SHOWN_ERRORS} help nobody: the first ones, and how many more. */
    private List<ImportError> shown(List<ImportError> errors) {
        if (errors.size() <= SHOWN_ERRORS) {
            return errors;
        }
        List<ImportError> shown = new ArrayList<>(errors.subList(0, SHOWN_ERRORS));
        shown.add(new ImportError(0, "", msg("import.moreErrors", errors.size() - SHOWN_ERRORS)));
        return shown;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
