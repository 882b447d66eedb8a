package vn.noivu.personnel.internal.load;

import static vn.noivu.personnel.internal.load.ImportSql.EMPLOYMENT_COLUMNS;
import static vn.noivu.personnel.internal.load.ImportSql.FLUSH_BYTES;
import static vn.noivu.personnel.internal.load.ImportSql.copyFile;
import static vn.noivu.personnel.internal.load.ImportSql.count;
import static vn.noivu.personnel.internal.load.ImportSql.exec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.personnel.internal.career.StaffCategory;

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
    private final int deferFrom;

    /** A name's id and its UTF-8 bytes (encoded once, written with every person of that name). */
    private record Name(long id, byte[] utf8) {}

    /** Names already held (when only the person table was empty) and the new ones. */
    private final Map<String, Name> names = new HashMap<>(1 << 20);

    /** Open versions per unit, by staff category (ordinal), for the headcount table. */
    private final Map<String, long[]> openHeadcount = new HashMap<>();

    private long personBase;
    private long versionBase;
    private long nameBase;
    private long nextName;
    private int rows;
    private int created;
    private boolean foldedInJava = true;

    /**
     * @param deferFrom from how many rows the query indexes, constraint validation and statistics are
     *     left to {@link AfterLoadSteps}, after the commit
     */
    InitialLoad(Connection c, JdbcClient jdbc, MessageSource messages, long batch, int deferFrom) {
        this.c = c;
        this.jdbc = jdbc;
        this.messages = messages;
        this.batch = batch;
        this.deferFrom = deferFrom;
    }

    PersonnelImport.Outcome run(ImportRows file, ImportRowChecker checker, ImportProblems problems)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        List<String> restore = prepare();
        Path namesFile = Files.createTempFile("noivu-names", ".bin");
        try {
            stream(file, checker, problems, namesFile);
            long streamed = System.nanoTime();
            loadNames(namesFile);
            long loaded = System.nanoTime();
            boolean defer = rows >= deferFrom;
            if (defer) {
                AfterLoadSteps.restoreDeferring(c, restore, ImportSql.ANALYZE);
            } else {
                for (String ddl : restore) {
                    exec(c, ddl);
                }
                ImportSql.analyze(c);
            }
            writeOpenHeadcount();
            log.info(
                    "Personnel initial load: {} rows read, checked and copied in {} ms,"
                            + " names in {} ms, keys {}in {} ms",
                    rows,
                    (streamed - t0) / 1_000_000,
                    (loaded - streamed) / 1_000_000,
                    defer ? "(query indexes after the commit) " : "and indexes ",
                    (System.nanoTime() - loaded) / 1_000_000);
            return new PersonnelImport.Outcome(true, rows, created, 0, 0, List.of(), defer);
        } finally {
            Files.deleteIfExists(namesFile);
        }
    }

    /**
     * Empties the tables (new files: no WAL under wal_level=minimal), drops their keys and indexes
     * (built once at the end, in parallel), takes ids.
     */
    private List<String> prepare() throws SQLException {
        // The person table is empty, so are the tables that refer to it.
        exec(c, "TRUNCATE personnel.person CASCADE");
        List<String> restore = new ArrayList<>();
        if (count(c, "SELECT count(*) FROM (SELECT 1 FROM personnel.person_name LIMIT 1) x") == 0) {
            exec(c, "TRUNCATE personnel.person_name");
            restore.addAll(ImportSql.dropKeys(c, "personnel.person_name"));
        } else {
            exec(c, "LOCK TABLE personnel.person_name IN EXCLUSIVE MODE");
            jdbc.sql("SELECT full_name, id FROM personnel.person_name").query(rs -> {
                String held = rs.getString(1);
                names.put(held, new Name(rs.getLong(2), held.getBytes(StandardCharsets.UTF_8)));
            });
        }
        List<String> secondary = ImportSql.dropSecondaryIndexes(c);
        restore.addAll(ImportSql.dropKeys(c, "personnel.person"));
        restore.addAll(ImportSql.dropKeys(c, "personnel.employment"));
        restore.addAll(secondary);
        restore.addAll(ImportSql.dropChecks(c, "personnel.person"));
        restore.addAll(ImportSql.dropChecks(c, "personnel.employment"));
        // Nobody else can insert people, versions or names until commit (the locks above): the import
        // numbers them itself from the sequences and moves the sequences on at the end.
        personBase = nextId("personnel.person");
        versionBase = nextId("personnel.employment");
        nameBase = nextId("personnel.person_name");
        nextName = nameBase;
        return restore;
    }

    private long nextId(String table) throws SQLException {
        return count(c, "SELECT nextval(pg_get_serial_sequence('" + table + "', 'id'))");
    }

    private static final String PEOPLE_SQL =
            "COPY personnel.person (id, national_id, full_name, name_id, birth_date, sex, org_code)"
                    + " FROM STDIN WITH (FORMAT binary, FREEZE true)";
    private static final String VERSIONS_SQL =
            "COPY personnel.employment (id, " + EMPLOYMENT_COLUMNS + ") FROM STDIN WITH (FORMAT binary, FREEZE true)";

    /** People are sent in larger runs than versions: each switch of table ends one COPY and opens another. */
    private static final int PEOPLE_RUN_BYTES = 4 << 20;

    /**
     * Writes every checked row ({@link CheckedRows}): people and their employment versions go to the
     * server while the file is read ({@link CopyShipper}), new names to a file. After a problem the file
     * is only checked, to report every problem.
     */
    private void stream(ImportRows file, ImportRowChecker checker, ImportProblems problems, Path namesFile)
            throws SQLException, IOException {
        try (CopyShipper shipper = new CopyShipper(c);
                OutputStream newNames = new BufferedOutputStream(Files.newOutputStream(namesFile), 1 << 16)) {
            BinaryCopy person = new BinaryCopy(PEOPLE_RUN_BYTES + 4096);
            BinaryCopy version = new BinaryCopy(FLUSH_BYTES + 4096);
            BinaryCopy name = new BinaryCopy(1 << 16);
            newNames.write(BinaryCopy.HEADER);
            try (CheckedRows checked = CheckedRows.start(file, checker, problems)) {
                for (ImportedRow r = checked.next(); r != null; r = checked.next()) {
                    long id = personBase + created;
                    Name known = names.get(r.fullName());
                    if (known == null) {
                        known = new Name(nextName++, r.fullName().getBytes(StandardCharsets.UTF_8));
                        names.put(r.fullName(), known);
                        String fold = NameFold.fold(r.fullName());
                        foldedInJava &= fold != null;
                        name.row(3).int8(known.id()).utf8(known.utf8()).text(fold);
                        if (name.length() >= (1 << 16)) {
                            name.drainTo(newNames);
                        }
                    }
                    person.row(7)
                            .int8(id)
                            .text(r.nationalId())
                            .utf8(known.utf8())
                            .int8(known.id())
                            .date(r.birthDate())
                            .text(r.sex())
                            .text(r.orgCode());
                    if (person.length() >= PEOPLE_RUN_BYTES) {
                        shipper.ship(PEOPLE_SQL, person);
                    }
                    version.row(2 + ImportSql.EMPLOYMENT_FIELDS)
                            .int8(versionBase + created)
                            .int8(id);
                    ImportSql.employmentFields(version, r, batch);
                    if (version.length() >= FLUSH_BYTES) {
                        shipper.ship(VERSIONS_SQL, version);
                    }
                    openHeadcount
                            .computeIfAbsent(r.orgCode(), k -> new long[StaffCategory.values().length])[
                            StaffCategory.valueOf(r.staffCategory()).ordinal()]++;
                    created++;
                }
                rows = checked.rows();
            }
            if (problems.any()) {
                throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
            }
            if (person.length() > 0) {
                shipper.ship(PEOPLE_SQL, person);
            }
            if (version.length() > 0) {
                shipper.ship(VERSIONS_SQL, version);
            }
            shipper.finish();
            name.drainTo(newNames);
            newNames.write(BinaryCopy.TRAILER);
        }
    }

    private void loadNames(Path namesFile) throws SQLException, IOException {
        CopyManager copy = copyApi();
        if (foldedInJava) {
            copyFile(
                    copy,
                    "COPY personnel.person_name (id, full_name, fold) FROM STDIN WITH (FORMAT binary)",
                    namesFile);
        } else {
            // Some name is not in the Vietnamese alphabet: the database folds those.
            exec(c, "CREATE TEMP TABLE personnel_new_name (id bigint, full_name text, fold text) ON COMMIT DROP");
            copyFile(copy, "COPY personnel_new_name FROM STDIN WITH (FORMAT binary)", namesFile);
            exec(c, """
                    INSERT INTO personnel.person_name (id, full_name, fold)
                    SELECT id, full_name, coalesce(fold, platform.fold(full_name)) FROM personnel_new_name""");
        }
        if (created > 0) {
            setSequence("personnel.person", personBase + created - 1);
            setSequence("personnel.employment", versionBase + created - 1);
        }
        if (nextName > nameBase) {
            setSequence("personnel.person_name", nextName - 1);
        }
    }

    private void setSequence(String table, long last) throws SQLException {
        exec(c, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + last + ")");
    }

    /** What the headcount trigger, disabled during the load, would have counted: every version is open. */
    private void writeOpenHeadcount() throws SQLException {
        exec(c, "TRUNCATE personnel.headcount_open");
        BinaryCopy counts = new BinaryCopy(1 << 16);
        for (var e : openHeadcount.entrySet()) {
            for (StaffCategory category : StaffCategory.values()) {
                long n = e.getValue()[category.ordinal()];
                if (n > 0) {
                    counts.row(3).text(e.getKey()).text(category.name()).int8(n);
                }
            }
        }
        try (CopyShipper shipper = new CopyShipper(c)) {
            shipper.ship(
                    "COPY personnel.headcount_open (org_code, staff_category, n) FROM STDIN (FORMAT binary)", counts);
            shipper.finish();
        }
    }

    private CopyManager copyApi() throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI();
    }
}
