package vn.noivu.reward.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.noivu.reward.AwardRequest;
import vn.noivu.reward.InitiativeRequest;

/**
 * Imports the history of awards or initiatives from CSV or XLSX (docs/reward-imports.md): every row is
 * checked as the API checks a request, and the file applies whole or not at all.
 */
@Component
public class RewardImport {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final List<String> AWARD_COLUMNS =
            List.of("person_id", "org_code", "title", "year", "decision_no", "decision_date", "issuer");
    static final List<String> INITIATIVE_COLUMNS =
            List.of("person_id", "title", "recognised_scope", "recognised_on", "decision_no");

    /** API field → file column, so a row's error names the column the user sees. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "personId", "person_id",
            "orgCode", "org_code",
            "decisionNo", "decision_no",
            "decisionDate", "decision_date",
            "recognisedScope", "recognised_scope",
            "recognisedOn", "recognised_on");

    private final RewardRegistry registry;
    private final AuditLog audit;
    private final MessageSource messages;
    private final RewardImportTemplates labels;

    RewardImport(RewardRegistry registry, AuditLog audit, MessageSource messages, RewardImportTemplates labels) {
        this.labels = labels;
        this.registry = registry;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    public ImportResult importFile(String kind, String filename, TabularFile file) {
        boolean awards = "awards".equals(kind);
        if (!awards && !"initiatives".equals(kind)) {
            throw refused(0, List.of(new ImportError(1, "kind", msg("reward.import.kind", String.valueOf(kind)))));
        }
        List<ImportError> errors = new ArrayList<>();
        List<String> required = awards ? AWARD_COLUMNS : INITIATIVE_COLUMNS;
        for (String missing : file.missing(required)) {
            errors.add(new ImportError(1, missing, msg("reward.import.missingColumn", missing)));
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        if (file.rows().isEmpty()) {
            throw refused(0, List.of(new ImportError(1, null, msg("reward.import.empty"))));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Runnable> inserts = new ArrayList<>();
        // A title, or a scope of recognition, by its name as well as by its code.
        vn.noivu.platform.imports.CodeLabels titles = labels.titles();
        vn.noivu.platform.imports.CodeLabels scopes = labels.scopes();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            if (awards) {
                AwardRequest r = awardOf(row, errors, titles);
                if (errors.size() == before) {
                    RewardRegistry.Checked c = registry.checkAward(r);
                    report(row, c.errors(), errors);
                    String key = (r.personId() != null ? "P" + r.personId() : "O" + r.orgCode()) + "/" + r.title() + "/"
                            + r.year();
                    duplicate(row, key, seen, errors);
                    inserts.add(() -> registry.insertAward(r, c.path()));
                }
            } else {
                InitiativeRequest r = initiativeOf(row, errors, scopes);
                if (errors.size() == before) {
                    RewardRegistry.Checked c = registry.checkInitiative(r);
                    report(row, c.errors(), errors);
                    duplicate(row, r.personId() + "/" + r.decisionNo() + "/" + r.title(), seen, errors);
                    inserts.add(() -> registry.insertInitiative(r, c.path()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw refused(file.rows().size(), errors);
        }
        inserts.forEach(Runnable::run);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", filename);
        counts.put("kind", kind);
        counts.put("rows", file.rows().size());
        audit.record("IMPORT", "reward." + kind, filename, null, counts, "Nhập khen thưởng từ tệp " + filename);
        return ImportResult.applied(file.rows().size());
    }

    private AwardRequest awardOf(
            TabularRow row, List<ImportError> errors, vn.noivu.platform.imports.CodeLabels titles) {
        return new AwardRequest(
                longOf(row, "person_id", errors),
                blankToNull(row.get("org_code")),
                titles.resolve(row.get("title")),
                intOf(row, "year", errors),
                row.get("decision_no"),
                dateOf(row, "decision_date", errors),
                row.get("issuer"));
    }

    private InitiativeRequest initiativeOf(
            TabularRow row, List<ImportError> errors, vn.noivu.platform.imports.CodeLabels scopes) {
        return new InitiativeRequest(
                longOf(row, "person_id", errors),
                row.get("title"),
                scopes.resolve(row.get("recognised_scope")),
                dateOf(row, "recognised_on", errors),
                row.get("decision_no"));
    }

    private void duplicate(TabularRow row, String key, Map<String, Integer> seen, List<ImportError> errors) {
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            errors.add(new ImportError(row.number(), null, msg("reward.import.duplicateRow", first)));
        }
    }

    private void report(TabularRow row, List<FieldError> found, List<ImportError> errors) {
        for (FieldError e : found) {
            errors.add(new ImportError(
                    row.number(), COLUMN_OF.getOrDefault(e.field(), e.field()), msg(e.key(), e.args())));
        }
    }

    private Long longOf(TabularRow row, String column, List<ImportError> errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(row.number(), column, msg("reward.import.notNumber", v)));
            return null;
        }
    }

    private Integer intOf(TabularRow row, String column, List<ImportError> errors) {
        Long v = longOf(row, column, errors);
        return v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : v.intValue();
    }

    /** An ISO date (yyyy-MM-dd, as XLSX date cells are read) or dd/MM/yyyy as officials write it. */
    private LocalDate dateOf(TabularRow row, String column, List<ImportError> errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(row.number(), column, msg("reward.import.notDate", v)));
            return LocalDate.MIN;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static ImportRefusedException refused(int rows, List<ImportError> errors) {
        return new ImportRefusedException(ImportResult.refused(rows, errors));
    }
}
