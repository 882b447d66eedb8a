package vn.noivu.adminunit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.adminunit.AdminUnitsImported;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportLimits;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;
import vn.noivu.platform.imports.Uploads;
import vn.noivu.platform.security.CurrentUser;

/**
 * The three imports of administrative-unit data ({@code snapshot}, {@code mapping}, {@code history})
 * — used alike by the upload page, the API and the reference-data loader. Every row is validated
 * against the held history (as the earlier rows of the file reshape it) before anything is written;
 * a file applies whole or not at all; a file already applied changes nothing.
 */
@Service
public class AdminUnitImporter {

    private static final Logger log = LoggerFactory.getLogger(AdminUnitImporter.class);

    /** The kinds of file this importer understands. */
    public enum Kind {
        SNAPSHOT,
        MAPPING,
        HISTORY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                    return k;
                }
            }
            return null;
        }

        List<String> requiredColumns() {
            return switch (this) {
                case SNAPSHOT -> SnapshotImport.COLUMNS;
                case MAPPING -> MappingImport.COLUMNS;
                case HISTORY -> HistoryImport.COLUMNS;
            };
        }
    }

    /**
     * What to import.
     *
     * @param effectiveDate the date the file applies from (snapshot, mapping); for a history file, an
     *     optional date from which its change list is complete (when it extends history backwards)
     * @param legalBasis the decision(s) to record for changes whose rows name none
     */
    public record Request(Kind kind, String filename, String sha256, LocalDate effectiveDate, String legalBasis) {}

    /** The most data rows of an upload (noivu.imports.max-rows.admin-units): a country's communes, and more. */
    public static final int DEFAULT_MAX_ROWS = 50_000;

    /** The limits of an upload. */
    public static ImportLimits limits(Uploads uploads) {
        return uploads.limits("admin-units", DEFAULT_MAX_ROWS);
    }

    private final TimelineStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    AdminUnitImporter(
            TimelineStore store,
            JdbcClient jdbc,
            AuditLog audit,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Imports a file already read (within {@link #limits}); throws {@link ImportRefusedException}
     * (nothing written) on errors.
     */
    @Transactional
    /**
     * An uploaded file of the given kind, read within the admin-unit limits (the same for the API and
     * the page).
     */
    public ImportResult importUpload(
            vn.noivu.platform.imports.Uploads uploads,
            org.springframework.web.multipart.MultipartFile file,
            String kind,
            java.time.LocalDate effectiveDate,
            String legalBasis,
            Locale locale) {
        return uploads.importFile(
                "adminunit",
                kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT),
                file,
                limits(uploads),
                table -> importFile(
                        new Request(
                                Kind.of(kind),
                                file.getOriginalFilename(),
                                table.sha256(),
                                effectiveDate,
                                legalBasis == null || legalBasis.isBlank() ? null : legalBasis.trim()),
                        table,
                        locale));
    }

    public ImportResult importFile(Request request, TabularFile file, Locale locale) {
        return importRows(request, file.headers(), file.rows(), locale);
    }

    /**
     * Imports already-read rows (the loader passes the rows of a shipped file, some of them, with the
     * row numbers of the file).
     */
    @Transactional
    public ImportResult importRows(Request request, List<String> headers, List<TabularRow> rows, Locale locale) {
        return importRows(request, headers, rows, locale, null, false);
    }

    /**
     * As {@link #importRows(Request, List, List, Locale)} onto a held history already in memory (null =
     * read it from the database). The loader runs its imports one after the other on the same one and,
     * with {@code deferStore}, writes them all at once at the end ({@link TimelineStore#store}).
     */
    @Transactional
    ImportResult importRows(
            Request request,
            List<String> headers,
            List<TabularRow> rows,
            Locale locale,
            Timeline held,
            boolean deferStore) {
        long started = System.nanoTime();
        ImportErrors errors = new ImportErrors(messages, locale);
        if (request.kind() == null) {
            errors.add(0, "kind", "adminunit.import.error.kind");
            throw new ImportRefusedException(ImportResult.refused(rows.size(), errors.list()));
        }
        List<String> missing = request.kind().requiredColumns().stream()
                .filter(c -> !headers.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            errors.add(1, String.join(", ", missing), "adminunit.import.error.columns", String.join(", ", missing));
            throw new ImportRefusedException(ImportResult.refused(rows.size(), errors.list()));
        }
        if (rows.isEmpty()) {
            errors.add(0, "file", "adminunit.import.error.empty");
            throw new ImportRefusedException(ImportResult.refused(0, errors.list()));
        }
        store.lock();
        Timeline timeline = held != null ? held : store.load();
        int changesBefore = timeline.changes().size();
        int unitsBefore = timeline.newUnits().size();
        long loaded = System.nanoTime();
        LocalDate applied = switch (request.kind()) {
            case SNAPSHOT -> {
                new SnapshotImport(timeline, errors, request.effectiveDate(), request.legalBasis()).run(rows);
                yield request.effectiveDate();
            }
            case MAPPING -> {
                new MappingImport(timeline, errors, request.effectiveDate(), request.legalBasis()).run(rows);
                yield request.effectiveDate();
            }
            case HISTORY ->
                new HistoryImport(timeline, errors, request.effectiveDate(), request.legalBasis()).run(rows);
        };
        if (errors.any()) {
            throw new ImportRefusedException(
                    new ImportResult(false, rows.size(), errors.list(), List.copyOf(errors.warnings())));
        }
        long checked = System.nanoTime();
        // This import's part of the timeline's pending writes (the loader stores several at once).
        int changeCount = timeline.changes().size() - changesBefore;
        int newUnits = timeline.newUnits().size() - unitsBefore;
        Long importId = null;
        if (changeCount > 0 || newUnits > 0 || (deferStore ? false : timeline.hasWrites())) {
            importId = jdbc.sql("""
                            INSERT INTO adminunit.import_batch
                                (kind, filename, sha256, effective_date, row_count, change_count, actor)
                            VALUES (:kind, :filename, :sha, :date, :rows, :changes, :actor) RETURNING id""")
                    .param("kind", request.kind().key())
                    .param("filename", request.filename())
                    .param("sha", request.sha256())
                    .param("date", applied)
                    .param("rows", rows.size())
                    .param("changes", changeCount)
                    .param("actor", CurrentUser.actor())
                    .query(Long.class)
                    .single();
            timeline.assignImport(changesBefore, importId);
            keepWarnings(importId, errors.warnings());
            if (!deferStore) {
                try {
                    store.store(timeline);
                } catch (DataAccessException | IllegalStateException e) {
                    log.warn("Import {} conflicts with the held history: {}", request.filename(), e.getMessage());
                    errors.add(0, "file", "adminunit.import.error.conflict");
                    throw new ImportRefusedException(ImportResult.refused(rows.size(), errors.list()));
                }
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", request.kind().key());
        summary.put("file", request.filename());
        summary.put("effectiveDate", applied == null ? null : applied.toString());
        summary.put("rows", rows.size());
        summary.put("changes", changeCount);
        summary.put("newUnits", newUnits);
        summary.put("importId", importId);
        summary.put("warnings", errors.warnings().size());
        audit.record(
                "IMPORT",
                "adminunit",
                request.filename(),
                null,
                summary,
                changeCount == 0 && importId == null ? "no change (already held)" : null);
        if (importId != null) {
            events.publishEvent(new AdminUnitsImported(request.kind().key(), applied, changeCount));
        }
        log.info(
                "Imported {} {} ({} rows, {} changes) in {} ms (held history read {} ms, checked {} ms, written {} ms{})",
                request.kind().key(),
                request.filename(),
                rows.size(),
                changeCount,
                (System.nanoTime() - started) / 1_000_000,
                (loaded - started) / 1_000_000,
                (checked - loaded) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000,
                deferStore ? ", versions with the load's other steps" : "");
        return ImportResult.applied(rows.size(), errors.warnings());
    }

    /** The warnings an import was applied with, kept with its record for review. */
    private void keepWarnings(long importId, List<ImportError> warnings) {
        for (ImportError w : warnings) {
            jdbc.sql("""
                            INSERT INTO adminunit.import_warning (import_id, row_number, column_name, message)
                            VALUES (:id, :row, :column, :message)""")
                    .param("id", importId)
                    .param("row", w.row())
                    .param("column", w.column())
                    .param("message", w.message())
                    .update();
        }
    }

    /** The warnings kept with an import, in row order. */
    public List<ImportError> warnings(long importId) {
        return jdbc.sql("""
                        SELECT row_number, column_name, message FROM adminunit.import_warning
                        WHERE import_id = :id ORDER BY row_number, id""")
                .param("id", importId)
                .query((rs, i) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
