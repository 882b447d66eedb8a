package vn.noivu.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A backup taken by the product restores into a fresh data directory with identical counts, and
 * only national administrators reach backups.
 */
@NoiVuIntegrationTest
class BackupIntegrationTests {

    /** Every schema of NoiVu's modules, and the migrations' history in {@code public}. */
    private static final List<String> SCHEMAS =
            List.of("platform", "adminunit", "organization", "staffing", "personnel", "public");

    @LocalServerPort
    int port;

    @Autowired
    Backups backups;

    @Autowired
    BackupProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    BackupSchedule schedule;

    @TempDir
    Path temp;

    @Test
    void theScheduledRunTakesABackupAsTheSystemAndKeepsTheNewest() {
        schedule.run();

        List<BackupFile> all = backups.list();
        assertThat(all).isNotEmpty().hasSizeLessThanOrEqualTo(properties.keep());
        BackupFile newest = all.get(0);
        assertThat(newest.checksumOk()).isTrue();
        assertThat(jdbc.sql("SELECT actor || ' ' || (after_state ->> 'trigger') FROM platform.audit_log"
                                + " WHERE entity = 'backup' AND action = 'CREATE' AND entity_id = ?")
                        .param(newest.name())
                        .query(String.class)
                        .single())
                .isEqualTo("system schedule");
    }

    @Test
    void aBackupRestoresIntoAFreshDataDirectoryWithTheCountsOfBackupTimeAndNoLaterChange() throws IOException {
        long decisionKept = insertDecision("QĐ sao lưu/trước");
        insertUser("backup.before");
        Map<String, Long> atBackup = counts(jdbc);
        assertThat(atBackup).containsKeys("public.flyway_schema_history", "personnel.person", "platform.audit_log");

        BackupFile backup = backups.create("manual");
        assertThat(backup.checksumOk()).isTrue();
        Path file = backups.file(backup.name()).orElseThrow();
        assertThat(Files.readAllBytes(file)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));

        // Changes after the backup, in several modules' tables.
        jdbc.sql("DELETE FROM staffing.decision WHERE id = ?")
                .param(decisionKept)
                .update();
        jdbc.sql("DELETE FROM platform.user_account WHERE username = 'backup.before'")
                .update();
        insertDecision("QĐ sao lưu/sau");
        insertUser("backup.after");
        jdbc.sql("INSERT INTO staffing.target (name, categories, baseline_year, target_year, minimum_percent,"
                        + " legal_basis) VALUES ('Mục tiêu sau sao lưu', ARRAY['CC'], 2024, 2026, 5, 'NQ sau')")
                .update();
        try (EmbeddedPostgres fresh = EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("postgres").toFile())
                .setCleanDataDirectory(true)
                .start()) {
            DataSource target = freshNoiVuDatabase(fresh);
            Restore restore = new Restore(new PgTools(properties.toolsDir()));

            restore.into(file, target, null, false);

            JdbcClient restored = JdbcClient.create(target);
            assertThat(counts(restored)).isEqualTo(atBackup);
            assertThat(count(restored, "SELECT count(*) FROM staffing.decision WHERE legal_basis = 'QĐ sao lưu/trước'"))
                    .isEqualTo(1);
            assertThat(count(restored, "SELECT count(*) FROM staffing.decision WHERE legal_basis = 'QĐ sao lưu/sau'"))
                    .isZero();
            assertThat(count(restored, "SELECT count(*) FROM platform.user_account WHERE username = 'backup.before'"))
                    .isEqualTo(1);
            assertThat(count(restored, "SELECT count(*) FROM platform.user_account WHERE username = 'backup.after'"))
                    .isZero();
            assertThat(count(restored, "SELECT count(*) FROM staffing.target WHERE name = 'Mục tiêu sau sao lưu'"))
                    .isZero();

            // The database now holds NoiVu: a second restore is refused, unless told to replace it.
            assertThatThrownBy(() -> restore.into(file, target, null, false))
                    .isInstanceOf(BackupRefusedException.class)
                    .extracting(e -> ((BackupRefusedException) e).messageKey())
                    .isEqualTo("backup.restore.notEmpty");
            restored.sql("DELETE FROM platform.user_account WHERE username = 'backup.before'")
                    .update();
            restore.into(file, target, null, true);
            assertThat(counts(restored)).isEqualTo(atBackup);
        } finally {
            jdbc.sql("DELETE FROM platform.user_account WHERE username IN ('backup.before', 'backup.after')")
                    .update();
            jdbc.sql("DELETE FROM staffing.decision WHERE legal_basis LIKE 'QĐ sao lưu/%'")
                    .update();
            jdbc.sql("DELETE FROM staffing.target WHERE name = 'Mục tiêu sau sao lưu'")
                    .update();
        }
    }

    @Test
    void aFileWhoseChecksumDoesNotMatchOrIsMissingIsNotRestored() throws IOException {
        BackupFile backup = backups.create("manual");
        Path copy = temp.resolve(backup.name());
        Files.copy(backups.file(backup.name()).orElseThrow(), copy);
        Restore restore = new Restore(new PgTools(properties.toolsDir()));

        assertThatThrownBy(() -> restore.into(copy, dataSource, null, false))
                .extracting(e -> ((BackupRefusedException) e).messageKey())
                .isEqualTo("backup.restore.noChecksum");

        Files.copy(backups.checksumFile(backup.name()).orElseThrow(), temp.resolve(backup.name() + ".sha256"));
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        assertThatThrownBy(() -> restore.into(copy, dataSource, null, false))
                .extracting(e -> ((BackupRefusedException) e).messageKey())
                .isEqualTo("backup.restore.checksumMismatch");
    }

    @Test
    void backupsAreForNationalAdministratorsOnly() {
        for (String user : List.of("bnv.viewer", "hanoi.editor", "bnv.editor", "hanoi.admin")) {
            assertThat(Api.demo(port, user).get("/api/v1/admin/backups").status())
                    .as("GET as " + user)
                    .isEqualTo(403);
            assertThat(Api.demo(port, user).post("/api/v1/admin/backups", null).status())
                    .as("POST as " + user)
                    .isEqualTo(403);
        }
        Api admin = Api.demo(port, "bnv.admin");
        Api.Response created = admin.post("/api/v1/admin/backups", null);
        assertThat(created.status()).isEqualTo(201);
        String name = created.json().get("name").asString();
        assertThat(created.json().get("checksumOk").asBoolean()).isTrue();

        Api.Response list = admin.get("/api/v1/admin/backups");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("name").asString()).isEqualTo(name);
        assertThat(Api.demo(port, "hanoi.admin")
                        .getAny("/api/v1/admin/backups/" + name)
                        .status())
                .isEqualTo(403);
        Api.Response download = admin.getAny("/api/v1/admin/backups/" + name);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
        assertThat(admin.getAny("/api/v1/admin/backups/..%2F..%2Fpom.xml").status())
                .isIn(400, 404);
        assertThat(count(
                        jdbc,
                        "SELECT count(*) FROM platform.audit_log WHERE entity = 'backup' AND entity_id = '" + name
                                + "' AND action IN ('CREATE', 'DOWNLOAD') AND actor = 'bnv.admin'"))
                .isEqualTo(2);
    }

    @Test
    void thePageListsBackupsForANationalAdministratorAndRefusesAProvincialOne() {
        BackupFile backup = backups.create("manual");
        WebSession national = new WebSession();
        national.login(port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        WebSession.Page page = national.get(port, "/admin/backups");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(backup.name(), "Sao lưu ngay", "Khớp");
        assertThat(page.body()).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        WebSession provincial = new WebSession();
        provincial.login(port, "hanoi.admin", TestUsers.DEMO_PASSWORD);
        assertThat(provincial.get(port, "/admin/backups").status()).isEqualTo(403);
        assertThat(provincial.get(port, "/admin/backups/" + backup.name()).status())
                .isEqualTo(403);
        provincial.get(port, "/"); // a fresh CSRF token: refused for the role, not for the token
        assertThat(provincial.postForm(port, "/admin/backups", Map.of()).status())
                .isEqualTo(403);
    }

    private long insertDecision(String legalBasis) {
        return jdbc.sql("INSERT INTO staffing.decision (legal_basis) VALUES (?) RETURNING id")
                .param(legalBasis)
                .query(Long.class)
                .single();
    }

    private void insertUser(String username) {
        jdbc.sql("INSERT INTO platform.user_account (username, full_name, password_hash)"
                        + " VALUES (?, 'Kiểm thử sao lưu', '{noop}x')")
                .param(username)
                .update();
    }

    private static DataSource freshNoiVuDatabase(EmbeddedPostgres server) {
        JdbcClient.create(server.getPostgresDatabase())
                .sql("CREATE DATABASE noivu ENCODING 'UTF8' TEMPLATE template0")
                .update();
        return server.getDatabase("postgres", "noivu");
    }

    /** Rows of every table of NoiVu's schemas, by qualified name. */
    private static Map<String, Long> counts(JdbcClient db) {
        List<String> tables =
                db.sql("""
                        SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind IN ('r', 'p') AND n.nspname IN (:schemas)""").param("schemas", SCHEMAS).query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, count(db, "SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
