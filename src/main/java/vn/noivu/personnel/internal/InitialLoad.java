package vn.noivu.personnel.internal;

import static vn.noivu.personnel.internal.ImportSql.EMPLOYMENT_COLUMNS;
import static vn.noivu.personnel.internal.ImportSql.FLUSH_BYTES;
import static vn.noivu.personnel.internal.ImportSql.copyFile;
import static vn.noivu.personnel.internal.ImportSql.count;
import static vn.noivu.personnel.internal.ImportSql.exec;
import static vn.noivu.personnel.internal.ImportSql.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first import into an empty person table (a national or provincial migration): each checked row
 * is written once, straight into the tables with {@code COPY}, and the indexes are built once at the
 * end, all in the caller's transaction (docs/decisions/004-personnel-bulk-import.md).
 */
final class InitialLoad {

    private static final Logger log = LoggerFactory.getLogger(InitialLoad.class);

    private final Connection c;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final long batch;

    /** Names already held (when only the person table was empty) and the new ones, with their ids. */
    private final Map<String, Long> names = new HashMap<>();

    private long personBase;
    private long nameBase;
    private long nextName;
    private int rows;
    private int created;
    private boolean foldedInJava = true;

    InitialLoad(Connection c, JdbcClient jdbc, MessageSource messages, long batch) {
        this.c = c;
        this.jdbc = jdbc;
        this.messages = messages;
        this.batch = batch;
    }

    PersonnelImport.Outcome run(ImportRows file, ImportRowChecker checker, ImportProblems problems)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        List<String> restore = prepare();
        Path employmentFile = Files.createTempFile("noivu-employment", ".csv");
        Path namesFile = Files.createTempFile("noivu-names", ".csv");
        try {
            stream(file, checker, problems, employmentFile, namesFile);
            long streamed = System.nanoTime();
            loadNamesAndEmployment(namesFile, employmentFile);
            long loaded = System.nanoTime();
            for (String ddl : restore) {
                exec(c, ddl);
            }
            ImportSql.analyze(c);
            log.info(
                    "Personnel initial load: {} rows streamed and checked in {} ms, names and employment in {} ms,"
                            + " indexes in {} ms",
                    rows,
                    (streamed - t0) / 1_000_000,
                    (loaded - streamed) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
            return new PersonnelImport.Outcome(true, rows, created, 0, 0, List.of());
        } finally {
            Files.deleteIfExists(employmentFile);
            Files.deleteIfExists(namesFile);
        }
    }

    /** Empties the tables (new files: no WAL under wal_level=minimal), drops indexes, takes ids. */
    private List<String> prepare() throws SQLException {
        // The person table is empty, so are the tables that refer to it.
        exec(c, "TRUNCATE personnel.person CASCADE");
        if (count(c, "SELECT count(*) FROM (SELECT 1 FROM personnel.person_name LIMIT 1) x") == 0) {
            exec(c, "TRUNCATE personnel.person_name");
        } else {
            exec(c, "LOCK TABLE personnel.person_name IN EXCLUSIVE MODE");
            jdbc.sql("SELECT full_name, id FROM personnel.person_name").query(rs -> {
                names.put(rs.getString(1), rs.getLong(2));
            });
        }
        List<String> restore = ImportSql.dropSecondaryIndexes(c);
        // Nobody else can insert people or names until commit (the locks above): the import numbers
        // them itself from the sequences and moves the sequences on at the end.
        personBase = count(c, "SELECT nextval(pg_get_serial_sequence('personnel.person', 'id'))");
        nameBase = count(c, "SELECT nextval(pg_get_serial_sequence('personnel.person_name', 'id'))");
        nextName = nameBase;
        return restore;
    }

    /**
     * Reads and checks every row; while no problem is found, people go straight into the person table
     * and employment and new names to files. After a problem it only checks, to report them all.
     */
    private void stream(
            ImportRows file, ImportRowChecker checker, ImportProblems problems, Path employmentFile, Path namesFile)
            throws SQLException, IOException {
        CopyIn people = copyApi().copyIn("""
                COPY personnel.person (id, national_id, full_name, name_id, birth_date, sex, org_code)
                FROM STDIN WITH (FORMAT csv, FREEZE true)""");
        try (OutputStream employment = new BufferedOutputStream(Files.newOutputStream(employmentFile), 1 << 16);
                OutputStream newNames = new BufferedOutputStream(Files.newOutputStream(namesFile), 1 << 16)) {
            CopyText person = new CopyText(FLUSH_BYTES + 4096);
            CopyText version = new CopyText(FLUSH_BYTES + 4096);
            CopyText name = new CopyText(1 << 16);
            while (file.hasNext()) {
                rows++;
                ImportedRow r = checker.check(file.next(), problems);
                if (r == null || problems.any()) {
                    continue;
                }
                long id = personBase + created++;
                Long nameId = names.get(r.fullName());
                if (nameId == null) {
                    nameId = nextName++;
                    names.put(r.fullName(), nameId);
                    String fold = NameFold.fold(r.fullName());
                    foldedInJava &= fold != null;
                    name.field(nameId).field(r.fullName()).field(fold).endRow();
                    if (name.length() >= (1 << 16)) {
                        newNames.write(name.drain());
                    }
                }
                person.field(id)
                        .field(r.nationalId())
                        .field(r.fullName())
                        .field(nameId)
                        .field(r.birthDate())
                        .field(r.sex())
                        .field(r.orgCode())
                        .endRow();
                if (person.length() >= FLUSH_BYTES) {
                    write(people, person.drain());
                }
                ImportSql.employmentRow(version, id, r, batch);
                if (version.length() >= FLUSH_BYTES) {
                    employment.write(version.drain());
                }
            }
            if (problems.any()) {
                people.cancelCopy();
                throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
            }
            write(people, person.drain());
            people.endCopy();
            employment.write(version.drain());
            newNames.write(name.drain());
        } finally {
            if (people.isActive()) {
                people.cancelCopy();
            }
        }
    }

    private void loadNamesAndEmployment(Path namesFile, Path employmentFile) throws SQLException, IOException {
        CopyManager copy = copyApi();
        if (foldedInJava) {
            copyFile(copy, "COPY personnel.person_name (id, full_name, fold) FROM STDIN WITH (FORMAT csv)", namesFile);
        } else {
            // Some name is not in the Vietnamese alphabet: the database folds those.
            exec(c, "CREATE TEMP TABLE personnel_new_name (id bigint, full_name text, fold text) ON COMMIT DROP");
            copyFile(copy, "COPY personnel_new_name FROM STDIN WITH (FORMAT csv)", namesFile);
            exec(c, """
                    INSERT INTO personnel.person_name (id, full_name, fold)
                    SELECT id, full_name, coalesce(fold, platform.fold(full_name)) FROM personnel_new_name""");
        }
        copyFile(
                copy,
                "COPY personnel.employment (" + EMPLOYMENT_COLUMNS + ") FROM STDIN WITH (FORMAT csv, FREEZE true)",
                employmentFile);
        if (created > 0) {
            exec(
                    c,
                    "SELECT setval(pg_get_serial_sequence('personnel.person', 'id'), " + (personBase + created - 1)
                            + ")");
        }
        if (nextName > nameBase) {
            exec(c, "SELECT setval(pg_get_serial_sequence('personnel.person_name', 'id'), " + (nextName - 1) + ")");
        }
    }

    private CopyManager copyApi() throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI();
    }
}
