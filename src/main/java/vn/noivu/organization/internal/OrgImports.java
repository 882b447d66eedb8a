package vn.noivu.organization.internal;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportLimits;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;
import vn.noivu.platform.imports.Uploads;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.UserScope;

/**
 * Imports of units (one row per version) and restructurings (one row per restructuring), CSV or XLSX,
 * format in docs/import-formats.md. The whole file is checked first (cells, then the resulting
 * histories); any error refuses it all with errors by row, column and reason. Rows already in the
 * database are recognised, so importing a file again changes nothing.
 */
@Service
public class OrgImports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrgImports.class);

    public static final List<String> UNIT_REQUIRED =
            List.of("code", "name", "type", "parent_code", "admin_unit_code", "valid_from", "valid_to", "legal_basis");
    public static final List<String> RESTRUCTURING_REQUIRED =
            List.of("effective_date", "kind", "predecessor_codes", "successor_codes", "legal_basis");

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final RestructuringEngine engine;
    private final HistoryWriter writer;
    private final OrgQueries queries;
    private final ProblemMessages messages;
    private final AuditLog audit;
    private final Restructurings plans;
    private final OrgImportTemplates labels;

    OrgImports(
            RestructuringEngine engine,
            HistoryWriter writer,
            OrgQueries queries,
            ProblemMessages messages,
            AuditLog audit,
            Restructurings plans,
            OrgImportTemplates labels) {
        this.plans = plans;
        this.labels = labels;
        this.engine = engine;
        this.writer = writer;
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
    }

    /** The most characters of a unit's name (and of a legal basis or issuer) an import or form accepts. */
    public static final int MAX_NAME = 500;

    public static final int MAX_SHORT_NAME = 200;
    public static final int MAX_NOTE = 2000;

    /** The row limits of the two kinds (noivu.imports.max-rows.org-units / .restructurings). */
    public static final int DEFAULT_MAX_UNIT_ROWS = 200_000;

    public static final int DEFAULT_MAX_RESTRUCTURING_ROWS = 50_000;

    /** The limits of an upload of {@code kind} (a plan's file is a restructurings file). */
    public static ImportLimits limits(Uploads uploads, String kind) {
        if (!isKind(kind)) {
            throw new vn.noivu.platform.web.BusinessRuleException("org.import.kind", kind);
        }
        return "units".equals(kind)
                ? uploads.limits("org-units", DEFAULT_MAX_UNIT_ROWS)
                : uploads.limits("restructurings", DEFAULT_MAX_RESTRUCTURING_ROWS);
    }

    /** Whether {@code kind} names one of the two imports. */
    public static boolean isKind(String kind) {
        return "units".equals(kind) || "restructurings".equals(kind);
    }

    /** kind = units | restructurings; a file the application ships (no limits). */
    @Transactional
    public ImportResult importFile(String kind, String filename, InputStream in) throws IOException {
        return importFile(kind, filename, TabularFile.read(filename, in));
    }

    /** kind = units | restructurings; the file already read within its limits. */
    @Transactional
    public ImportResult importFile(String kind, String filename, TabularFile file) {
        Counts counts;
        if ("units".equals(kind)) {
            counts = units(file);
        } else if ("restructurings".equals(kind)) {
            counts = restructurings(file);
        } else {
            throw new vn.noivu.platform.web.BusinessRuleException("org.import.kind", kind);
        }
        if (counts.changed() > 0) {
            audit.record(
                    "IMPORT",
                    "organization-" + kind,
                    filename,
                    null,
                    Map.of("rows", file.rows().size(), "changed", counts.changed(), "unchanged", counts.unchanged()),
                    counts.detail());
        }
        return ImportResult.applied(file.rows().size());
    }

    record Counts(int changed, int unchanged, String detail) {}

    // ------------------------------------------------------------------------------------------ units

    private Counts units(TabularFile file) {
        long started = System.nanoTime();
        List<ImportError> errors = new ArrayList<>();
        requireHeaders(file, UNIT_REQUIRED, errors);
        refuseIf(file, errors);
        UserScope scope = CurrentUser.scope();
        Timeline t = engine.newTimeline();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Version> versions = new ArrayList<>();
        vn.noivu.platform.imports.CodeLabels types = labels.types();
        // Codes of rows refused for their cells: the rules below would only repeat their consequences.
        Set<String> broken = new HashSet<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            String code = row.get("code").toUpperCase(Locale.ROOT);
            if (!Timeline.CODE.matcher(code).matches() || code.length() > 64) {
                errors.add(error(row, "code", "org.import.codeFormat", row.get("code")));
            }
            String name = row.get("name");
            if (name.isEmpty()) {
                errors.add(error(row, "name", "org.import.required"));
            }
            tooLong(row, "name", MAX_NAME, errors);
            tooLong(row, "short_name", MAX_SHORT_NAME, errors);
            tooLong(row, "legal_basis", MAX_NAME, errors);
            tooLong(row, "issuer", MAX_NAME, errors);
            UnitType type = UnitType.parse(types.resolve(row.get("type"))).orElse(null);
            if (type == null) {
                errors.add(error(row, "type", "org.import.unknownType", row.get("type")));
            }
            String parent = blankToNull(row.get("parent_code").toUpperCase(Locale.ROOT));
            String adminUnit = blankToNull(row.get("admin_unit_code"));
            if (adminUnit != null && !Timeline.ADMIN_UNIT.matcher(adminUnit).matches()) {
                errors.add(error(row, "admin_unit_code", "org.import.adminUnitFormat", adminUnit));
            }
            Integer group = null;
            if (!row.get("autonomy_group").isEmpty()) {
                try {
                    group = Integer.valueOf(row.get("autonomy_group"));
                } catch (NumberFormatException e) {
                    group = -1;
                }
                if (group < 1 || group > 4) {
                    errors.add(error(row, "autonomy_group", "org.import.autonomyGroup", row.get("autonomy_group")));
                }
            }
            LocalDate from = date(row, "valid_from", true, errors);
            LocalDate to = date(row, "valid_to", false, errors);
            if (from != null && to != null && !to.isAfter(from)) {
                errors.add(error(row, "valid_to", "org.import.validTo"));
            }
            if (row.get("legal_basis").isEmpty()) {
                errors.add(error(row, "legal_basis", "org.import.required"));
            }
            LocalDate decisionDate = date(row, "decision_date", false, errors);
            if (from != null && !seen.add(code + "|" + from)) {
                errors.add(error(row, "valid_from", "org.import.duplicateVersion", code, from));
            }
            if (errors.size() > before) {
                broken.add(code);
                continue;
            }
            firstRow.putIfAbsent(code, row.number());
            versions.add(new Version(
                    code,
                    name,
                    blankToNull(row.get("short_name")),
                    type,
                    null,
                    parent,
                    adminUnit,
                    null,
                    type == UnitType.PUBLIC_SERVICE_UNIT ? group : group,
                    from,
                    to,
                    new LegalBasis(row.get("legal_basis"), decisionDate, blankToNull(row.get("issuer"))),
                    null));
        }
        // Every error of the file in one answer: the rows that passed their cells go on to the checks
        // of scope and of the histories they make, and the file is refused once, at the end.
        // Scope: existing units and parents must be inside the user's scope; only national users add roots.
        Set<String> named = new HashSet<>(firstRow.keySet());
        versions.forEach(v -> {
            if (v.parentCode() != null) {
                named.add(v.parentCode());
            }
        });
        t.preload(named);
        if (!scope.isNational()) {
            Map<String, String> paths = new HashMap<>();
            for (String code : named) {
                queries.pathOf(code).ifPresent(p -> paths.put(code, p));
            }
            for (Version v : versions) {
                int row = firstRow.get(v.unitCode());
                String path = paths.get(v.unitCode());
                if (path != null && !scope.includes(path)) {
                    errors.add(new ImportError(row, "code", messages.text("org.error.outOfScope", v.unitCode())));
                } else if (v.parentCode() == null && !scope.includes("/" + v.unitCode() + "/")) {
                    errors.add(new ImportError(row, "parent_code", messages.text("org.error.rootNeedsNational")));
                } else if (v.parentCode() != null
                        && paths.containsKey(v.parentCode())
                        && !scope.includes(paths.get(v.parentCode()))) {
                    errors.add(
                            new ImportError(row, "parent_code", messages.text("org.error.outOfScope", v.parentCode())));
                }
            }
        }
        long parsed = System.nanoTime();
        int unchanged = 0;
        for (Version v : versions) {
            if (!t.put(v)) {
                unchanged++;
            }
        }
        t.derive();
        long derived = System.nanoTime();
        for (Problem p : t.validate()) {
            if (broken.contains(p.unitCode()) || (p.related() != null && broken.contains(p.related()))) {
                continue;
            }
            Integer row = firstRow.get(p.unitCode());
            if (row == null && p.related() != null) {
                row = firstRow.get(p.related());
            }
            errors.add(new ImportError(row == null ? 0 : row, columnOf(p), messages.text(p)));
        }
        errors.sort(java.util.Comparator.comparingInt(ImportError::row));
        refuseIf(file, errors);
        long validated = System.nanoTime();
        int changed = writer.write(t, Map.of(), Map.of());
        log.debug(
                "Units import of {} rows: read and check cells {} ms, histories {} ms, rules {} ms, write {} ms",
                file.rows().size(),
                (parsed - started) / 1_000_000,
                (derived - parsed) / 1_000_000,
                (validated - derived) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000);
        return new Counts(changed, unchanged, changed + " unit(s) written");
    }

    private static String columnOf(Problem p) {
        return switch (p.messageKey()) {
            case "org.error.unknownParent",
                    "org.error.parentNotAlive",
                    "org.error.parentType",
                    "org.error.cycle",
                    "org.error.mustBeRoot",
                    "org.error.parentRequired" -> "parent_code";
            case "org.error.overlap", "org.error.gap", "org.error.validity" -> "valid_from";
            case "org.error.autonomyRequired", "org.error.autonomyOnlyPsu" -> "autonomy_group";
            case "org.error.adminUnitFormat", "org.error.adminUnitUnknown", "org.error.provinceRequired" ->
                "admin_unit_code";
            case "org.error.nameRequired", "org.error.nameTooLong" -> "name";
            case "org.error.shortNameTooLong" -> "short_name";
            case "org.error.codeExists", "org.error.codeFormat", "org.error.unknownUnit" -> "code";
            default -> "";
        };
    }

    // --------------------------------------------------------------------------------- restructurings

    /** The rows whose cells are right, as commands, and the errors of the others. */
    record Parsed(List<RestructuringCommand> commands, List<Integer> rows, List<ImportError> errors) {}

    /** The file's rows as commands; refuses the file when it lacks a column, else returns the cell errors. */
    private Parsed parse(TabularFile file) {
        List<ImportError> errors = new ArrayList<>();
        requireHeaders(file, RESTRUCTURING_REQUIRED, errors);
        refuseIf(file, errors);
        vn.noivu.platform.imports.CodeLabels kinds = labels.kinds();
        vn.noivu.platform.imports.CodeLabels types = labels.types();
        List<RestructuringCommand> commands = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            int before = errors.size();
            LocalDate date = date(row, "effective_date", true, errors);
            RestructuringKind kind =
                    RestructuringKind.parse(kinds.resolve(row.get("kind"))).orElse(null);
            if (kind == null) {
                errors.add(error(row, "kind", "org.import.unknownKind", row.get("kind")));
            }
            List<String> preds = codes(row, "predecessor_codes", errors);
            List<String> succs = codes(row, "successor_codes", errors);
            if (row.get("legal_basis").isEmpty()) {
                errors.add(error(row, "legal_basis", "org.import.required"));
            }
            tooLong(row, "legal_basis", MAX_NAME, errors);
            tooLong(row, "issuer", MAX_NAME, errors);
            tooLong(row, "note", MAX_NOTE, errors);
            LocalDate decisionDate = date(row, "decision_date", false, errors);
            List<String> names = list(row, "name", succs.size(), errors);
            List<String> shortNames = list(row, "short_name", succs.size(), errors);
            List<String> typeNames = list(row, "type", succs.size(), errors);
            List<String> parents = list(row, "parent_code", succs.size(), errors);
            List<String> admins = list(row, "admin_unit_code", succs.size(), errors);
            List<String> groups = list(row, "autonomy_group", succs.size(), errors);
            List<RestructuringCommand.Successor> successors = new ArrayList<>();
            for (int i = 0; i < succs.size() && errors.size() == before; i++) {
                if (names.get(i) != null && names.get(i).length() > MAX_NAME) {
                    errors.add(error(row, "name", "org.import.tooLong", MAX_NAME));
                }
                if (shortNames.get(i) != null && shortNames.get(i).length() > MAX_SHORT_NAME) {
                    errors.add(error(row, "short_name", "org.import.tooLong", MAX_SHORT_NAME));
                }
                UnitType type = null;
                if (typeNames.get(i) != null) {
                    type = UnitType.parse(types.resolve(typeNames.get(i))).orElse(null);
                    if (type == null) {
                        errors.add(error(row, "type", "org.import.unknownType", typeNames.get(i)));
                    }
                }
                Integer group = null;
                if (groups.get(i) != null) {
                    try {
                        group = Integer.valueOf(groups.get(i));
                    } catch (NumberFormatException e) {
                        group = -1;
                    }
                    if (group < 1 || group > 4) {
                        errors.add(error(row, "autonomy_group", "org.import.autonomyGroup", groups.get(i)));
                    }
                }
                String admin = admins.get(i);
                if (admin != null && !Timeline.ADMIN_UNIT.matcher(admin).matches()) {
                    errors.add(error(row, "admin_unit_code", "org.import.adminUnitFormat", admin));
                }
                String parent = parents.get(i) == null ? null : parents.get(i).toUpperCase(Locale.ROOT);
                successors.add(new RestructuringCommand.Successor(
                        succs.get(i),
                        new Version.Attributes(names.get(i), shortNames.get(i), type, parent, admin, group)));
            }
            if (errors.size() > before) {
                continue;
            }
            commands.add(new RestructuringCommand(
                    kind,
                    date,
                    preds,
                    successors,
                    new LegalBasis(row.get("legal_basis"), decisionDate, blankToNull(row.get("issuer"))),
                    blankToNull(row.get("note"))));
            rows.add(row.number());
        }
        return new Parsed(commands, rows, errors);
    }

    private Counts restructurings(TabularFile file) {
        Parsed parsed = parse(file);
        // Every error in one answer: the rows whose cells are right go on to the checks of scope and of
        // the restructurings themselves; the file is refused once, at the end.
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<RestructuringCommand> commands = parsed.commands();
        List<Integer> rows = parsed.rows();
        // Rows already recorded are skipped: importing the same file again changes nothing.
        List<String> fingerprints =
                commands.stream().map(RestructuringEngine::fingerprint).toList();
        Set<String> recorded = engine.recordedFingerprints(fingerprints);
        List<RestructuringCommand> todo = new ArrayList<>();
        List<Integer> todoRows = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (!recorded.contains(fingerprints.get(i))) {
                todo.add(commands.get(i));
                todoRows.add(rows.get(i));
            }
        }
        UserScope scope = CurrentUser.scope();
        if (!scope.isNational()) {
            for (int i = 0; i < todo.size(); i++) {
                for (String code : outOfScope(todo.get(i), scope)) {
                    errors.add(new ImportError(
                            todoRows.get(i), "predecessor_codes", messages.text("org.error.outOfScope", code)));
                }
            }
        }
        RestructuringEngine.Outcome outcome = engine.dryRun(todo);
        outcome.problems()
                .forEach((index, problems) -> problems.forEach(p ->
                        errors.add(new ImportError(todoRows.get(index), restructuringColumn(p), messages.text(p)))));
        errors.sort(java.util.Comparator.comparingInt(ImportError::row));
        refuseIf(file, errors);
        engine.commit(outcome, todo, null, null, true);
        return new Counts(todo.size(), commands.size() - todo.size(), todo.size() + " restructuring(s) recorded");
    }

    /**
     * Proposes a plan (đề án) whose changes are the rows of a restructurings file; refused like an
     * import when a row breaks a rule. Returns the plan's id.
     */
    @Transactional
    public long proposePlan(String title, LegalBasis basis, String note, TabularFile file) {
        Parsed parsed = parse(file);
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        UserScope scope = CurrentUser.scope();
        for (int i = 0; i < parsed.commands().size(); i++) {
            for (String code : outOfScope(parsed.commands().get(i), scope)) {
                errors.add(new ImportError(
                        parsed.rows().get(i), "predecessor_codes", messages.text("org.error.outOfScope", code)));
            }
        }
        refuseIf(file, errors);
        RestructuringEngine.Outcome outcome = engine.dryRun(parsed.commands());
        outcome.problems()
                .forEach((index, problems) -> problems.forEach(p -> errors.add(
                        new ImportError(parsed.rows().get(index), restructuringColumn(p), messages.text(p)))));
        refuseIf(file, errors);
        return plans.propose(title, basis, note, parsed.commands());
    }

    /** Codes a command names that exist outside the scope, or a new top-level unit. */
    List<String> outOfScope(RestructuringCommand c, UserScope scope) {
        List<String> out = new ArrayList<>();
        for (String code : c.codes()) {
            queries.pathOf(code).ifPresent(path -> {
                if (!scope.includes(path)) {
                    out.add(code);
                }
            });
        }
        return out;
    }

    private static String restructuringColumn(Problem p) {
        return switch (p.messageKey()) {
            case "org.error.unknownParent",
                    "org.error.parentNotAlive",
                    "org.error.parentType",
                    "org.error.cycle",
                    "org.error.mustBeRoot",
                    "org.error.parentRequired" -> "parent_code";
            case "org.error.mergeIntoEnded", "org.error.splitIntoEnded", "org.error.codeExists" -> "successor_codes";
            case "org.error.nameRequired", "org.error.nameTooLong" -> "name";
            case "org.error.shortNameTooLong" -> "short_name";
            case "org.error.typeRequired" -> "type";
            case "org.error.autonomyRequired", "org.error.autonomyOnlyPsu" -> "autonomy_group";
            case "org.error.adminUnitFormat", "org.error.adminUnitUnknown", "org.error.provinceRequired" ->
                "admin_unit_code";
            case "org.error.laterHistory" -> "effective_date";
            default -> "predecessor_codes";
        };
    }

    private List<String> codes(TabularRow row, String column, List<ImportError> errors) {
        List<String> codes = new ArrayList<>();
        for (String c : OrgQueries.split(row.get(column))) {
            String code = c.toUpperCase(Locale.ROOT);
            if (!Timeline.CODE.matcher(code).matches()) {
                errors.add(error(row, column, "org.import.codeFormat", c));
            }
            codes.add(code);
        }
        return codes;
    }

    /** A ';'-list aligned with the successors, or one value for all; blanks are null. */
    private List<String> list(TabularRow row, String column, int size, List<ImportError> errors) {
        String raw = row.get(column);
        List<String> values = new ArrayList<>();
        if (raw.isEmpty()) {
            for (int i = 0; i < size; i++) {
                values.add(null);
            }
            return values;
        }
        String[] parts = raw.split(";", -1);
        if (parts.length == 1) {
            for (int i = 0; i < size; i++) {
                values.add(blankToNull(parts[0].trim()));
            }
        } else if (parts.length == size) {
            for (String p : parts) {
                values.add(blankToNull(p.trim()));
            }
        } else {
            errors.add(error(row, column, "org.import.listSize", parts.length, size));
            for (int i = 0; i < size; i++) {
                values.add(null);
            }
        }
        return values;
    }

    // ------------------------------------------------------------------------------------------ common

    private void requireHeaders(TabularFile file, List<String> required, List<ImportError> errors) {
        for (String missing : file.missing(required)) {
            errors.add(new ImportError(1, missing, messages.text("org.import.missingColumn", missing)));
        }
    }

    private void tooLong(TabularRow row, String column, int max, List<ImportError> errors) {
        if (row.get(column).length() > max) {
            errors.add(error(row, column, "org.import.tooLong", max));
        }
    }

    private static void refuseIf(TabularFile file, List<ImportError> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRefusedException(ImportResult.refused(file.rows().size(), errors));
        }
    }

    private LocalDate date(TabularRow row, String column, boolean required, List<ImportError> errors) {
        String s = row.get(column);
        if (s.isEmpty()) {
            if (required) {
                errors.add(error(row, column, "org.import.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, VN_DATE);
            } catch (DateTimeParseException e2) {
                errors.add(error(row, column, "org.import.date", s));
                return null;
            }
        }
    }

    private ImportError error(TabularRow row, String column, String key, Object... args) {
        return new ImportError(row.number(), column, messages.text(key, args));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
