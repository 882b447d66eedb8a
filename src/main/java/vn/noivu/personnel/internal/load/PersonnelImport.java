package vn.noivu.personnel.internal.load;

import static vn.noivu.personnel.internal.load.ImportSql.count;
import static vn.noivu.personnel.internal.load.ImportSql.exec;
import static vn.noivu.personnel.internal.load.ImportSql.literal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;

/**
 * Bulk import of people with their current employment (docs/import-formats.md, "Personnel";
 * docs/decisions/004-personnel-bulk-import.md). Whole or not at all, in one transaction; importing
 * the same file again changes nothing (people are matched by their ID number).
 *
 * <p>The file is streamed once. Each row is checked on its own and against the reference catalogues
 * held in memory ({@link ImportRowChecker}). Then one of two ways:
 *
 * <ul>
 *   <li><b>Initial load</b> — no dossier exists yet (a national migration): people and their
 *       employment go straight into their tables with binary {@code COPY} while the file is read and
 *       checked on a second thread, new names through a temporary file; keys and indexes are built
 *       once at the end. The tables are truncated
 *       first, which gives them new files: with the embedded database's {@code wal_level=minimal}
 *       PostgreSQL then writes them without WAL and syncs them at commit.
 *   <li><b>Staged</b> — dossiers exist: the rows go into a temporary table, what needs the existing
 *       dossiers (identity, scope, death, overlapping history) is checked set-based, and the changes
 *       are applied with a few set-based statements.
 * </ul>
 */
@Service
public class PersonnelImport {

    private static final Logger log = LoggerFactory.getLogger(PersonnelImport.class);

    public static final List<String> REQUIRED = ImportRowChecker.REQUIRED;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditLog audit;
    private final AfterLoadSteps afterLoad;
    private int deferIndexesFrom;

    PersonnelImport(
            DataSource dataSource,
            JdbcClient jdbc,
            MessageSource messages,
            AuditLog audit,
            AfterLoadSteps afterLoad,
            @Value("${noivu.personnel.import.defer-indexes-from-rows:100000}") int deferIndexesFrom) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.afterLoad = afterLoad;
        this.deferIndexesFrom = deferIndexesFrom;
    }

    /**
     * What an applied import did, in addition to the platform's {@code ImportResult}.
     *
     * @param indexesPending the people are in; the search and due-list indexes, the validation of
     *     constraints already checked row by row and the statistics follow in a few seconds
     *     ({@link AfterLoadSteps}): meanwhile searches and lists answer, more slowly
     */
    public record Outcome(
            boolean applied,
            int rows,
            int created,
            int changed,
            int unchanged,
            List<vn.noivu.platform.imports.ImportError> errors,
            boolean indexesPending) {}

    /** For tests: from how many rows an initial load leaves its query indexes to after the commit. */
    void deferIndexesFrom(int rows) {
        this.deferIndexesFrom = rows;
    }

    @Transactional
    public Outcome importFile(String uploadedName, InputStream in) {
        // The name is the client's: kept for the batch and the audit, without control characters.
        String filename = uploadedName == null ? "" : uploadedName.replaceAll("\\p{Cntrl}", "");
        filename = filename.substring(0, Math.min(filename.length(), 255));
        // Steps left by an earlier load finish first: the import never waits on their locks.
        afterLoad.awaitIdle();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (ImportRows file = ImportRows.open(filename, in)) {
            return run(connection, filename, file);
        } catch (UnreadableFile e) {
            // Unreadable from its first bytes or its header (a damaged archive, not UTF-8, ...).
            throw refusal(e, new ImportProblems());
        } catch (SQLException e) {
            throw new IllegalStateException("Personnel import failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome run(Connection c, String filename, ImportRows file) throws SQLException, IOException {
        long started = System.nanoTime();
        exec(c, "SELECT pg_advisory_xact_lock(hashtext('personnel.import'))");
        ImportProblems problems = new ImportProblems();
        // The template's Vietnamese headers are read as the technical ones.
        List<String> headers = ImportLabels.technical(file.headers());
        if (headers.isEmpty()) {
            problems.add(1, "", "personnel.import.empty");
            throw problems.refusal(0, messages, LocaleContextHolder.getLocale());
        }
        String twice = ImportRowChecker.duplicateColumn(headers);
        if (twice != null) {
            // Which of the two would count is a guess: refuse rather than let the last one win.
            problems.add(1, twice, "personnel.import.duplicateColumn", twice);
            throw problems.refusal(0, messages, LocaleContextHolder.getLocale());
        }
        List<String> missing = ImportRowChecker.missing(headers);
        if (!missing.isEmpty()) {
            problems.add(1, String.join(",", missing), "personnel.import.missingColumns", String.join(", ", missing));
            throw problems.refusal(0, messages, LocaleContextHolder.getLocale());
        }
        ImportCatalogue catalogue = ImportCatalogue.load(jdbc);
        catalogue.labels = ImportLabels.load(jdbc, messages);
        ImportRowChecker checker = new ImportRowChecker(headers, catalogue, CurrentUser.scope(), LocalDate.now());
        String anyPerson = "SELECT count(*) FROM (SELECT 1 FROM personnel.person LIMIT 1) x";
        boolean initial = count(c, anyPerson) == 0;
        if (initial) {
            // Nobody may add a person between this check and the initial load's truncation.
            exec(c, "LOCK TABLE personnel.person IN SHARE ROW EXCLUSIVE MODE");
            initial = count(c, anyPerson) == 0;
        }
        long batch = count(c, "SELECT nextval(pg_get_serial_sequence('personnel.import_batch', 'id'))");
        Outcome outcome;
        try {
            outcome = initial
                    ? new InitialLoad(c, jdbc, messages, batch, deferIndexesFrom).run(file, checker, problems)
                    : new StagedLoad(c, messages, batch, filename).run(file, checker, problems);
        } catch (UnreadableFile e) {
            // With the problems of the rows read before (a quote that never closes, a cell that
            // is not UTF-8 or holds a NUL byte, a damaged compressed stream).
            throw refusal(e, problems);
        }
        exec(
                c,
                "INSERT INTO personnel.import_batch (id, filename, rows, created, changed, unchanged, imported_by) "
                        + "OVERRIDING SYSTEM VALUE VALUES (" + batch + "," + literal(filename) + "," + outcome.rows()
                        + "," + outcome.created() + "," + outcome.changed() + "," + outcome.unchanged() + ","
                        + literal(CurrentUser.actor()) + ")");
        audit.record(
                "IMPORT",
                "personnel.import_batch",
                String.valueOf(batch),
                null,
                Map.of(
                        "rows",
                        outcome.rows(),
                        "created",
                        outcome.created(),
                        "changed",
                        outcome.changed(),
                        "unchanged",
                        outcome.unchanged()),
                filename);
        if (outcome.indexesPending()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    afterLoad.start();
                }
            });
        }
        log.info(
                "Personnel import of {} rows ({}) in {} ms: {} new, {} changed, {} unchanged",
                outcome.rows(),
                initial ? "initial load" : "staged",
                (System.nanoTime() - started) / 1_000_000,
                outcome.created(),
                outcome.changed(),
                outcome.unchanged());
        return outcome;
    }

    /** The refusal of a file unreadable at a row: data rows read are every row before it, and that one. */
    private RuntimeException refusal(UnreadableFile e, ImportProblems problems) {
        problems.add(e.row, e.column, e.key, e.args);
        return problems.refusal(Math.max(e.row - 1, 0), messages, LocaleContextHolder.getLocale());
    }
}
