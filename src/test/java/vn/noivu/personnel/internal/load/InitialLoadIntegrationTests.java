package vn.noivu.personnel.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.platform.imports.ImportRefusedException;

/**
 * The initial load (an import into an empty person table) on the real database. The shared test
 * database holds the demo people, so each test empties the tables inside a transaction that is rolled
 * back at the end: the other tests see nothing of it.
 */
@NoiVuIntegrationTest
class InitialLoadIntegrationTests {

    private static final String HEADER = String.join(",", PersonnelImport.REQUIRED) + ",leadership_title\n";

    @Autowired
    PersonnelImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anEmptyDatabaseIsLoadedWithIndexesCountsAndFoldedNamesAndTheSequencesMoveOn() {
        String file = HEADER
                + "001185000101,Đặng Thị Ánh,1985-02-03,F,UBND.01.SNV,CIVIL_SERVANT,01.003,3,,2020-01-01,\n"
                + "001185000102,Đặng Thị Ánh,1985-04-05,F,UBND.01.SNV,CIVIL_SERVANT,01.003,2,,2021-01-01,\n"
                + "001080000103,Lê Văn Minh,1980-01-01,M,UBND.01.SNV,CIVIL_SERVANT,01.002,4,,2030-01-01,Trưởng phòng\n"
                + "001080000104,François Nguyễn,1980-01-01,M,UBND.01.SNV,CONTRACT,,,,2020-01-01,\n";
        tx.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE personnel.person CASCADE").update();
            var outcome = importer.importFile("initial.csv", stream(file));
            assertThat(outcome.created()).isEqualTo(4);
            assertThat(jdbc.sql("SELECT count(DISTINCT name_id) FROM personnel.person")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            // A name outside the Vietnamese alphabet is folded by the database.
            assertThat(count("SELECT count(*) FROM personnel.person_name WHERE fold = platform.fold(full_name)"
                            + " AND full_name IN ('Đặng Thị Ánh', 'Lê Văn Minh', 'François Nguyễn')"))
                    .isEqualTo(3);
            assertThat(jdbc.sql("""
                            SELECT n.fold FROM personnel.person p JOIN personnel.person_name n ON n.id = p.name_id
                            WHERE p.national_id = '001185000101'""").query(String.class).single()).isEqualTo("dang thi anh");
            // The version starting in 2030 counts in the open headcount, not on 2026-12-31.
            assertThat(count("SELECT n FROM personnel.headcount_open WHERE org_code = 'UBND.01.SNV'"
                            + " AND staff_category = 'CIVIL_SERVANT'"))
                    .isEqualTo(3);
            assertThat(count("SELECT n FROM personnel.headcount_at('2026-12-31') WHERE org_code = 'UBND.01.SNV'"
                            + " AND staff_category = 'CIVIL_SERVANT'"))
                    .isEqualTo(2);
            assertThat(jdbc.sql("""
                            SELECT term_end FROM personnel.employment e JOIN personnel.person p ON p.id = e.person_id
                            WHERE p.national_id = '001080000103'""").query(LocalDate.class).single()).isEqualTo(LocalDate.of(2035, 1, 1));
            // Every index, the foreign key and the triggers are back; a new person takes the next id.
            assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'personnel'"
                                    + " AND tablename IN ('person', 'employment', 'person_name')")
                            .query(String.class)
                            .list())
                    .contains(
                            "person_national_id_key",
                            "person_birth_idx",
                            "employment_step_due_idx",
                            "employment_open_start_idx",
                            "person_name_fold_trgm");
            assertThat(count("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'personnel.employment'::regclass"
                            + " AND tgenabled = 'D'"))
                    .isZero();
            long max = count("SELECT max(id) FROM personnel.person");
            long next =
                    count("INSERT INTO personnel.person (national_id, full_name, name_id, birth_date, sex, org_code)"
                            + " SELECT '001090000104', 'Mới', min(id), '1990-01-01', 'M', 'UBND.01.SNV'"
                            + " FROM personnel.person_name RETURNING id");
            assertThat(next).isGreaterThan(max);
            status.setRollbackOnly();
        });
        assertThat(count("SELECT count(*) FROM personnel.person WHERE national_id = '001185000101'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM personnel.person")).isPositive();
    }

    @Test
    void anEmptyNameDictionaryIsLoadedTooAndEveryKeyAndForeignKeyIsBack() {
        String file = HEADER
                + "001185000301,Vũ Thị Hoa,1985-02-03,F,UBND.01.SNV,CIVIL_SERVANT,01.003,3,,2020-01-01,\n"
                + "001085000302,Ngô Văn Tùng,1985-02-03,M,UBND.01.SNV,CIVIL_SERVANT,01.003,2,,2020-01-01,\n";
        long keysBefore = count("SELECT count(*) FROM pg_constraint WHERE contype IN ('p', 'u', 'f')"
                + " AND (conrelid IN ('personnel.person'::regclass, 'personnel.employment'::regclass,"
                + " 'personnel.person_name'::regclass) OR confrelid = 'personnel.person'::regclass)");
        tx.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE personnel.person CASCADE").update();
            jdbc.sql("TRUNCATE personnel.person_name").update();
            assertThat(importer.importFile("initial.csv", stream(file)).created())
                    .isEqualTo(2);
            assertThat(count("SELECT count(*) FROM personnel.person_name")).isEqualTo(2);
            assertThat(count("SELECT count(*) FROM pg_constraint WHERE contype IN ('p', 'u', 'f')"
                            + " AND (conrelid IN ('personnel.person'::regclass, 'personnel.employment'::regclass,"
                            + " 'personnel.person_name'::regclass) OR confrelid = 'personnel.person'::regclass)"))
                    .isEqualTo(keysBefore);
            // The keys are enforced again: a name twice, a version of nobody.
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO personnel.person_name (full_name, fold)"
                                    + " VALUES ('Vũ Thị Hoa', 'vu thi hoa')")
                            .update())
                    .hasMessageContaining("person_name_full_name_key");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE personnel.person CASCADE").update();
            jdbc.sql("TRUNCATE personnel.person_name").update();
            importer.importFile("initial.csv", stream(file));
            // Ids go on from where the load left them.
            long version = count("SELECT max(id) FROM personnel.employment");
            assertThat(count("SELECT nextval(pg_get_serial_sequence('personnel.employment', 'id'))"))
                    .isGreaterThan(version);
            assertThatThrownBy(() -> jdbc.sql(
                                    "INSERT INTO personnel.employment (person_id, valid_from, org_code,"
                                            + " staff_category, import_id) VALUES (-1, '2020-01-01', 'UBND.01.SNV', 'CONTRACT', 1)")
                            .update())
                    .hasMessageContaining("employment_person_fk");
            status.setRollbackOnly();
        });
    }

    @Test
    void aLargeLoadCommitsWithItsKeysAndQueuesQueryIndexesConstraintChecksAndStatisticsForAfterwards() {
        String file = HEADER
                + "001185000401,Phan Thị Lan,1985-02-03,F,UBND.01.SNV,CIVIL_SERVANT,01.003,3,,2020-01-01,\n"
                + "001085000402,Phan Văn Đức,1985-02-03,M,UBND.01.SNV,CIVIL_SERVANT,01.003,2,,2020-01-01,\n";
        importer.deferIndexesFrom(2);
        try {
            tx.executeWithoutResult(status -> {
                jdbc.sql("TRUNCATE personnel.person CASCADE").update();
                var outcome = importer.importFile("initial.csv", stream(file));
                assertThat(outcome.indexesPending()).isTrue();
                // In place at commit: the keys of people and names, the unique ID number, the headcount.
                // The versions' key follows (nothing refers to a version; the load numbers them).
                assertThat(indexes())
                        .contains("person_pkey", "person_national_id_key", "person_name_pkey")
                        .doesNotContain(
                                "employment_pkey",
                                "employment_step_due_idx",
                                "person_birth_idx",
                                "person_name_fold_trgm");
                assertThat(count("SELECT n FROM personnel.headcount_open WHERE org_code = 'UBND.01.SNV'"
                                + " AND staff_category = 'CIVIL_SERVANT'"))
                        .isEqualTo(2);
                // The foreign key and the CHECKs are back NOT VALID: every new write is checked.
                assertThat(count("SELECT count(*) FROM pg_constraint WHERE NOT convalidated AND conname IN"
                                + " ('employment_person_fk', 'person_national_id_check', 'person_sex_check')"))
                        .isEqualTo(3);
                jdbc.sql("SAVEPOINT before_bad_write").update();
                assertThatThrownBy(() -> jdbc.sql("UPDATE personnel.person SET national_id = '12345'"
                                        + " WHERE national_id = '001185000401'")
                                .update())
                        .hasMessageContaining("person_national_id_check");
                jdbc.sql("ROLLBACK TO SAVEPOINT before_bad_write").update();
                List<String> steps = jdbc.sql("SELECT ddl FROM personnel.after_load_step ORDER BY id")
                        .query(String.class)
                        .list();
                assertThat(steps.get(0))
                        .isEqualTo("ALTER TABLE personnel.employment ADD CONSTRAINT employment_pkey PRIMARY KEY (id)");
                assertThat(steps)
                        .anyMatch(ddl -> ddl.startsWith("CREATE INDEX IF NOT EXISTS employment_step_due_idx"))
                        .contains(
                                "ALTER TABLE personnel.employment VALIDATE CONSTRAINT employment_person_fk",
                                "ALTER TABLE personnel.person VALIDATE CONSTRAINT person_national_id_check",
                                "ANALYZE personnel.person");
                assertThat(steps.get(steps.size() - 1)).startsWith("ANALYZE");
                // What the workers do after the commit, done here in the same transaction: every index
                // and constraint is back as before the load.
                for (String ddl : steps) {
                    jdbc.sql(ddl).update();
                }
                assertThat(indexes())
                        .contains(
                                "employment_pkey",
                                "employment_step_due_idx",
                                "person_birth_idx",
                                "person_name_fold_trgm");
                assertThat(count("SELECT count(*) FROM pg_constraint WHERE contype = 'p'"
                                + " AND conrelid = 'personnel.employment'::regclass"))
                        .isEqualTo(1);
                assertThat(count("SELECT count(*) FROM pg_constraint WHERE NOT convalidated"
                                + " AND connamespace = 'personnel'::regnamespace"))
                        .isZero();
                status.setRollbackOnly();
            });
        } finally {
            importer.deferIndexesFrom(100_000);
        }
        assertThat(count("SELECT count(*) FROM personnel.after_load_step")).isZero();
    }

    private List<String> indexes() {
        return jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'personnel'"
                        + " AND tablename IN ('person', 'employment', 'person_name')")
                .query(String.class)
                .list();
    }

    @Test
    void aBadRowRefusesTheWholeInitialLoadAndLeavesTheTablesAsTheyWere() {
        String file = HEADER
                + "001085000201,Trần Văn Một,1985-02-03,M,UBND.01.SNV,CIVIL_SERVANT,01.003,3,,2020-01-01,\n"
                + "001085000202,Trần Văn Hai,1985-02-03,M,KHONG.CO,CIVIL_SERVANT,01.003,3,,2020-01-01,\n"
                + "001085000203,Trần Văn Ba,1985-02-03,M,UBND.01.SNV,CIVIL_SERVANT,01.003,30,,2020-01-01,\n";
        tx.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE personnel.person CASCADE").update();
            assertThatThrownBy(() -> importer.importFile("initial.csv", stream(file)))
                    .isInstanceOfSatisfying(
                            ImportRefusedException.class,
                            e -> assertThat(e.result().errors())
                                    .extracting(err -> err.row() + ":" + err.column())
                                    .containsExactly("3:org_code", "4:salary_step"));
            status.setRollbackOnly();
        });
        List<String> indexes = jdbc.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'personnel'")
                .query(String.class)
                .list();
        assertThat(indexes).contains("person_national_id_key", "employment_person_idx", "person_name_fold_trgm");
        assertThat(count("SELECT count(*) FROM personnel.person")).isPositive();
        assertThat(count("SELECT count(*) FROM pg_constraint WHERE conname = 'employment_person_fk'"))
                .isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
