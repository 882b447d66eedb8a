package vn.noivu.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * A history file as the statistics office publishes it: a type's prefix with other capitals ("Thị
 * Trấn Long Bình" typed Thị trấn) and a name whose prefix disagrees with its type (the 2013 Quảng
 * Trạch / Ba Đồn rows). Both import, with warnings listed in the answer and kept with the import.
 * Test units use the unused province code 99 in 2032.
 */
@NoiVuIntegrationTest
class HistoryWarningsIntegrationTests {

    static final String HEADER = "effective_date,change_type,level,code,name_before,name_after,type_before,"
            + "type_after,parent_before,parent_after,legal_basis\n";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void capitalisationAndPrefixDisagreementsImportWithWarningsAndTheCountsFollow() throws IOException {
        Api admin = Api.demo(port, "bnv.admin");
        JsonNode before =
                admin.get("/api/v1/admin-units/summary?asOf=2032-06-01").json();
        Path file = dir.resolve("history-2032.csv");
        Files.writeString(
                file,
                HEADER
                        + "2032-01-01,added,province,99,,Tỉnh Kiểm Tra,,Tỉnh,,,01/2032/NQ-TEST\n"
                        + "2032-01-01,added,commune,99101,,Thị Trấn Long Bình,,Thị Trấn,,99,01/2032/NQ-TEST\n"
                        + "2032-01-01,added,commune,99102,,Xã Quảng Long,,Xã,,99,01/2032/NQ-TEST\n"
                        // The source keeps the old prefix while the type changes: a warning, not an error.
                        + "2032-06-01,type_changed,commune,99102,Xã Quảng Long,Xã Quảng Long,Xã,Phường,99,99,"
                        + "02/2032/NQ-TEST\n"
                        + "2032-06-01,added,commune,99103,,Phường Ba Đồn,,Phường,,99,02/2032/NQ-TEST\n",
                StandardCharsets.UTF_8);
        Api.Response r = admin.upload("/api/v1/admin-units/imports", file, "kind", "history");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode answer = r.json();
        assertThat(answer.get("applied").asBoolean()).isTrue();
        assertThat(answer.get("errors")).isEmpty();
        JsonNode warnings = answer.get("warnings");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(warnings.get(0).get("column").asString()).isEqualTo("name_after");
        assertThat(warnings.get(0).get("message").asString()).contains("Thị trấn Long Bình");
        assertThat(warnings.get(1).get("row").asInt()).isEqualTo(5);
        assertThat(warnings.get(1).get("message").asString())
                .contains("Xã Quảng Long")
                .contains("Phường");

        // The names as stored: the capitals normalised, the disagreeing name kept as the source wrote it.
        assertThat(admin.get("/api/v1/admin-units/99101?asOf=2032-01-01")
                        .json()
                        .get("fullName")
                        .asString())
                .isEqualTo("Thị trấn Long Bình");
        JsonNode retyped =
                admin.get("/api/v1/admin-units/99102?asOf=2032-06-01").json();
        assertThat(retyped.get("type").asString()).isEqualTo("Phường");
        assertThat(retyped.get("fullName").asString()).isEqualTo("Xã Quảng Long");

        // The counts as of the file's dates follow it.
        JsonNode may = admin.get("/api/v1/admin-units/summary?asOf=2032-05-31").json();
        JsonNode june = admin.get("/api/v1/admin-units/summary?asOf=2032-06-01").json();
        assertThat(june.get("counts").get("province").asInt())
                .isEqualTo(before.get("counts").get("province").asInt() + 1);
        assertThat(june.get("counts").get("commune").asInt())
                .isEqualTo(may.get("counts").get("commune").asInt() + 1);
        assertThat(june.get("byType").get("Phường").asInt())
                .isEqualTo(may.get("byType").get("Phường").asInt() + 2);
        assertThat(june.get("byType").get("Xã").asInt())
                .isEqualTo(may.get("byType").get("Xã").asInt() - 1);

        // The warnings are kept with the import and shown with it.
        long importId = latestImportId(admin);
        JsonNode kept = admin.get("/api/v1/admin-units/imports/" + importId + "/warnings")
                .json();
        assertThat(kept).hasSize(2);
        assertThat(kept.get(1).get("message").asString())
                .isEqualTo(warnings.get(1).get("message").asString());
        WebSession web = new WebSession();
        web.login(port, "bnv.admin", TestUsers.DEMO_PASSWORD);
        String page = web.get(port, "/admin-units/imports").body();
        assertThat(page).contains("history-2032.csv");
    }

    private long latestImportId(Api admin) {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("SELECT max(id) FROM adminunit.import_batch WHERE filename = 'history-2032.csv'")
                .query(Long.class)
                .single();
    }

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;
}
