package vn.noivu.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;
import vn.noivu.personnel.internal.load.AfterLoadSteps;

/**
 * Steps left after a large load, as operators see them: the health turns DEGRADED (liveness stays UP)
 * and says what is pending and what failed; an administrator's page lists them in words and retries a
 * failed one, audited.
 */
@NoiVuIntegrationTest
class DeferredWorkIntegrationTests {

    private static final String CONSTRAINT = "deferred_work_retry_test";
    private static final String FAILING = "ALTER TABLE personnel.import_batch VALIDATE CONSTRAINT " + CONSTRAINT;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AfterLoadSteps steps;

    @Test
    void pendingAndFailedStepsDegradeTheHealthAndAnAdministratorRetriesAFailedOne() {
        long failed = jdbc.sql("INSERT INTO personnel.after_load_step (ddl, failed_at, failure)"
                        + " VALUES (:ddl, now(), :failure) RETURNING id")
                .param("ddl", FAILING)
                .param("failure", "ERROR: constraint \"" + CONSTRAINT + "\" does not exist")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO personnel.after_load_step (ddl) VALUES ('ANALYZE personnel.import_batch')")
                .update();

        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(Api.anonymous(port)
                        .get("/actuator/health/liveness")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        JsonNode details = Api.as(port, "admin", TestUsers.ADMIN_PASSWORD)
                .get("/actuator/health")
                .json()
                .get("components")
                .get("deferredWork")
                .get("details")
                .get("personnel-after-load");
        assertThat(details.get("pending").asLong()).isEqualTo(1);
        assertThat(details.get("failed").asLong()).isEqualTo(1);
        assertThat(details.get("failures").get(0).get("error").asString()).contains(CONSTRAINT);

        WebSession viewer = new WebSession();
        viewer.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        assertThat(viewer.get(port, "/admin/operations").status()).isEqualTo(403);

        WebSession admin = new WebSession();
        admin.login(port, "admin", TestUsers.ADMIN_PASSWORD);
        WebSession.Page page = admin.get(port, "/admin/operations");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Kiểm tra ràng buộc dữ liệu của bảng lần nhập dữ liệu")
                .contains("Thu thập thống kê của bảng lần nhập dữ liệu")
                .contains("Đang chờ")
                .contains("Thử lại")
                .doesNotContain("null")
                .doesNotContain("personnel.afterLoad");

        // The cause is mended; the retry runs the step again, and this time it is done.
        jdbc.sql("ALTER TABLE personnel.import_batch ADD CONSTRAINT " + CONSTRAINT + " CHECK (true) NOT VALID")
                .update();
        WebSession.Page retried =
                admin.postForm(port, "/admin/operations/personnel-after-load/" + failed + "/retry", Map.of());
        assertThat(retried.status()).isEqualTo(302);
        steps.awaitIdle();
        assertThat(jdbc.sql("SELECT count(*) FROM personnel.after_load_step")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT convalidated FROM pg_constraint WHERE conname = :c")
                        .param("c", CONSTRAINT)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log"
                                + " WHERE actor = 'admin' AND action = 'RETRY' AND entity_id = :id")
                        .param("id", "personnel-after-load/" + failed)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(admin.get(port, "/admin/operations").body()).contains("Không còn bước nào chờ");
        assertThat(Api.anonymous(port)
                        .get("/actuator/health")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");

        admin.postForm(port, "/admin/operations/personnel-after-load/" + failed + "/retry", Map.of());
        assertThat(admin.get(port, "/admin/operations").body()).contains("Không tìm thấy bước lỗi này");
    }

    @AfterEach
    void cleanUp() {
        steps.awaitIdle();
        jdbc.sql("DELETE FROM personnel.after_load_step").update();
        jdbc.sql("ALTER TABLE personnel.import_batch DROP CONSTRAINT IF EXISTS " + CONSTRAINT)
                .update();
    }
}
