package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import vn.noivu.Api;
import vn.noivu.NoiVuApplication;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

@NoiVuIntegrationTest
class OperationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void healthIsPublicAndPrometheusNeedsAnAccount() {
        assertThat(Api.anonymous(port)
                        .get("/actuator/health")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        Api.Response metrics = Api.demo(port, "bnv.viewer").getAny("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").has("/api/v1/me")).isTrue();
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void errorPagesNeverShowAStackTrace() {
        WebSession web = new WebSession();
        web.login(port, "bnv.viewer", TestUsers.DEMO_PASSWORD);
        WebSession.Page missing = web.get(port, "/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy").doesNotContain("Exception");
        WebSession.Page forbidden = web.get(port, "/admin/users");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập").doesNotContain("Exception");
        Api.Response badParam = Api.as(port, "admin", TestUsers.ADMIN_PASSWORD).get("/api/v1/audit?from=not-a-date");
        assertThat(badParam.status()).isEqualTo(400);
        assertThat(badParam.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void twoInstancesOverOneDatabaseShareALoggedInSession() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(NoiVuApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres",
                        "noivu.demo=false")
                .run()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            WebSession browser = new WebSession();
            assertThat(browser.get(secondPort, "/").status()).isEqualTo(302);
            browser.login(port, "bnv.editor", TestUsers.DEMO_PASSWORD);
            WebSession.Page onSecond = browser.get(secondPort, "/");
            assertThat(onSecond.status()).isEqualTo(200);
            assertThat(onSecond.body()).contains("Chuyên viên Bộ Nội vụ");
        }
    }
}
