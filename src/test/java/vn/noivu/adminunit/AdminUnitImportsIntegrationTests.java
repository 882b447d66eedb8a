package vn.noivu.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * Imports through the API: who may import, refused files change nothing, applied files are audited,
 * and a file imported twice changes nothing. Test units use the unused province code 98 in 2031, so
 * the national data other tests read is not disturbed.
 */
@NoiVuIntegrationTest
class AdminUnitImportsIntegrationTests {

    static final String HISTORY_HEADER = "effective_date,change_type,level,code,name_before,name_after,type_before,"
            + "type_after,parent_before,parent_after,legal_basis\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void onlyNationalEditorsAndAdminsMayImport() throws IOException {
        Path file = csv("bad.csv", HISTORY_HEADER + "2031-01-01,added,province,9,,Tỉnh X,,Tỉnh,,,\n");
        for (String user : List.of("hanoi.editor", "hanoi.admin", "hcm.editor", "bnv.leader", "bnv.viewer")) {
            Api.Response response = Api.demo(port, user).upload("/api/v1/admin-units/imports", file, "kind", "history");
            assertThat(response.status()).as(user).isEqualTo(403);
        }
        // On the page too: a provincial editor is refused before anything is read.
        vn.noivu.WebSession web = new vn.noivu.WebSession();
        web.login(port, "hanoi.editor", vn.noivu.TestUsers.DEMO_PASSWORD);
        web.get(port, "/admin-units/imports");
        assertThat(web.postForm(port, "/admin-units/imports", java.util.Map.of("kind", "history"))
                        .status())
                .isEqualTo(403);
        // A national editor gets through to validation (the file itself is bad).
        assertThat(Api.demo(port, "bnv.editor")
                        .upload("/api/v1/admin-units/imports", file, "kind", "history")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aBadFileIsRefusedWithPreciseErrorsInVietnameseAndNothingChanges() throws IOException {
        long versions = count("adminunit.unit_version");
        long batches = count("adminunit.import_batch");
        Path file = csv(
                "bad-history.csv",
                HISTORY_HEADER
                        + "2031-01-01,added,province,9,,Tỉnh Chín,,Tỉnh,,,\n"
                        + "2031-01-01,added,province,97,,Tỉnh Bảy,,Vùng,,,\n"
                        + "2031-01-01,added,commune,97001,,,,Xã,,97,\n"
                        + "2031-01-01,added,commune,97002,,Xã Hai,,Xã,,9600,\n"
                        + "2031-01-01,renamed,province,01,Thành phố Hà Nam,Thành phố Hà Nội Mới,Thành phố Trung ương,"
                        + "Thành phố Trung ương,,,\n"
                        + "2031-01-01,added,province,79,,Thành phố Sài Gòn,,Thành phố Trung ương,,,\n"
                        + "2031-01-01,added,province,96,,Tỉnh Sáu,,Tỉnh,,,\n"
                        + "2031-01-01,added,commune,96001,,Xã Một,,Xã,,96,\n"
                        + "2031-01-01,added,commune,96001,,Xã Một,,Xã,,96,\n");
        Api.Response response =
                Api.demo(port, "bnv.editor").upload("/api/v1/admin-units/imports", file, "kind", "history");
        assertThat(response.status()).isEqualTo(422);
        JsonNode body = response.json();
        assertThat(body.get("applied").asBoolean()).isFalse();
        assertThat(body.get("rows").asInt()).isEqualTo(9);
        List<String> errors = new ArrayList<>();
        body.get("errors")
                .forEach(e -> errors.add(e.get("row").asInt() + "|"
                        + e.get("column").asString() + "|" + e.get("message").asString()));
        assertThat(errors)
                .anyMatch(e -> e.startsWith("2|code|Mã không đúng định dạng"))
                .anyMatch(e -> e.startsWith("3|type_after|Loại đơn vị không hợp lệ"))
                .anyMatch(e -> e.startsWith("4|name_after|Tên không được để trống"))
                .anyMatch(e -> e.startsWith("5|parent_after|Mã đơn vị cấp trên không hợp lệ"));
        // The format errors stop the file before it is compared with the held history.
        assertThat(count("adminunit.unit_version")).isEqualTo(versions);

        Path contradicting = csv(
                "contradicting.csv",
                HISTORY_HEADER
                        + "2031-01-01,renamed,province,01,Thành phố Hà Nam,Thành phố Hà Nội Mới,Thành phố Trung ương,"
                        + "Thành phố Trung ương,,,\n"
                        + "2031-01-01,added,province,79,,Thành phố Sài Gòn,,Thành phố Trung ương,,,\n"
                        + "2031-01-01,added,province,96,,Tỉnh Sáu,,Tỉnh,,,\n"
                        + "2031-01-01,added,commune,96001,,Xã Một,,Xã,,96,\n"
                        + "2031-01-01,added,commune,96001,,Xã Một,,Xã,,96,\n"
                        + "2031-01-01,added,commune,96002,,Xã Hai,,Xã,,95,\n");
        JsonNode refused = Api.demo(port, "bnv.editor")
                .upload("/api/v1/admin-units/imports", contradicting, "kind", "history")
                .json();
        List<String> reasons = new ArrayList<>();
        refused.get("errors")
                .forEach(e -> reasons.add(e.get("row").asInt() + "|"
                        + e.get("column").asString() + "|" + e.get("message").asString()));
        assertThat(reasons)
                .anyMatch(e -> e.startsWith("2|name_before|Trạng thái \"trước\" mâu thuẫn"))
                .anyMatch(e -> e.startsWith("3|code|Trùng thời gian hiệu lực"))
                .anyMatch(e -> e.startsWith("6|change_type|"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(count("adminunit.unit_version")).isEqualTo(versions);
        assertThat(count("adminunit.import_batch")).isEqualTo(batches);
    }

    @Test
    void aSnapshotWithAnUnknownParentIsRefused() throws IOException {
        long versions = count("adminunit.unit_version");
        Path file = csv(
                "snapshot.csv",
                "code,name,full_name,level,type,parent_code\n"
                        + "01,Hà Nội,Thành phố Hà Nội,province,Thành phố Trung ương,\n"
                        + "00004,Ba Đình,Phường Ba Đình,commune,Phường,02\n"
                        + "00004,Ba Đình,Phường Ba Đình,commune,Phường,01\n");
        JsonNode body = Api.demo(port, "bnv.admin")
                .upload("/api/v1/admin-units/imports", file, "kind", "snapshot", "effectiveDate", "2031-01-01")
                .json();
        assertThat(body.get("applied").asBoolean()).isFalse();
        assertThat(body.toString()).contains("Không có đơn vị cấp trên mã 02").contains("trùng với dòng 3");
        assertThat(count("adminunit.unit_version")).isEqualTo(versions);
    }

    @Test
    void theShippedFilesImportedAgainChangeNothing() throws IOException {
        long versions = count("adminunit.unit_version");
        long changes = count("adminunit.change");
        Api admin = Api.demo(port, "bnv.admin");
        assertThat(admin.upload(
                                "/api/v1/admin-units/imports",
                                shipped("units-2025.csv"),
                                "kind",
                                "snapshot",
                                "effectiveDate",
                                "2025-07-01")
                        .json()
                        .get("applied")
                        .asBoolean())
                .isTrue();
        assertThat(admin.upload(
                                "/api/v1/admin-units/imports",
                                shipped("merge-2025.csv"),
                                "kind",
                                "mapping",
                                "effectiveDate",
                                "2025-07-01")
                        .status())
                .isEqualTo(200);
        assertThat(admin.upload("/api/v1/admin-units/imports", shipped("changes-history.csv"), "kind", "history")
                        .status())
                .isEqualTo(200);
        assertThat(count("adminunit.unit_version")).isEqualTo(versions);
        assertThat(count("adminunit.change")).isEqualTo(changes);
    }

    @Test
    void historyAndMappingFilesApplyAreAuditedAndApplyOnlyOnce() throws IOException {
        Api admin = Api.demo(port, "bnv.admin");
        Path history = csv(
                "test-province.csv",
                HISTORY_HEADER
                        + "2031-01-01,added,province,98,,Tỉnh Thử Nghiệm,,Tỉnh,,,01/2031/NQ-TEST\n"
                        + "2031-01-01,added,commune,98501,,Xã Một,,Xã,,98,01/2031/NQ-TEST\n"
                        + "2031-01-01,added,commune,98502,,Xã Hai,,Xã,,98,01/2031/NQ-TEST\n"
                        + "2031-03-01,renamed,commune,98502,Xã Hai,Xã Hai Mới,Xã,Xã,98,98,02/2031/NQ-TEST\n");
        Api.Response applied = admin.upload("/api/v1/admin-units/imports", history, "kind", "history");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").asBoolean()).isTrue();
        assertThat(applied.json().get("rows").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/v1/admin-units/98502?asOf=2031-03-01")
                        .json()
                        .get("fullName")
                        .asString())
                .isEqualTo("Xã Hai Mới");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_log
                        WHERE entity = 'adminunit' AND action = 'IMPORT' AND actor = 'bnv.admin'
                          AND entity_id = 'test-province.csv'""").query(Long.class).single()).isPositive();

        // The same changes again, this time as XLSX: nothing changes.
        long versions = count("adminunit.unit_version");
        long batches = count("adminunit.import_batch");
        Path xlsx = xlsx("test-province.xlsx", history);
        assertThat(admin.upload("/api/v1/admin-units/imports", xlsx, "kind", "history")
                        .status())
                .isEqualTo(200);
        assertThat(count("adminunit.unit_version")).isEqualTo(versions);
        assertThat(count("adminunit.import_batch")).isEqualTo(batches);

        // A merger of the two communes, with its lineage.
        Path mapping = csv(
                "test-merge.csv",
                "old_code,old_level,new_code,new_level,new_name,new_province_code,"
                        + "relation,split_count,legal_basis\n"
                        + "98501,commune,98501,commune,Phường Một Hai,98,full,1,03/2031/NQ-TEST\n"
                        + "98502,commune,98501,commune,Phường Một Hai,98,full,1,03/2031/NQ-TEST\n");
        assertThat(admin.upload("/api/v1/admin-units/imports", mapping, "kind", "mapping")
                        .status())
                .isEqualTo(422); // needs its effective date
        assertThat(admin.upload(
                                "/api/v1/admin-units/imports",
                                mapping,
                                "kind",
                                "mapping",
                                "effectiveDate",
                                "2031-06-01")
                        .status())
                .isEqualTo(200);
        JsonNode lineage =
                admin.get("/api/v1/admin-units/98501/lineage?asOf=2031-06-01").json();
        List<String> predecessors = new ArrayList<>();
        lineage.get("predecessors").forEach(p -> predecessors.add(p.get("code").asString()));
        assertThat(predecessors).containsExactlyInAnyOrder("98501", "98502");
        assertThat(lineage.get("predecessors").get(0).get("legalBasis").asString())
                .isEqualTo("03/2031/NQ-TEST");
        long afterMerge = count("adminunit.change");
        assertThat(admin.upload(
                                "/api/v1/admin-units/imports",
                                mapping,
                                "kind",
                                "mapping",
                                "effectiveDate",
                                "2031-06-01")
                        .status())
                .isEqualTo(200);
        assertThat(count("adminunit.change")).isEqualTo(afterMerge);

        // Tidy: the test province ends again.
        Path end = csv(
                "test-end.csv",
                HISTORY_HEADER
                        + "2032-01-01,removed,commune,98501,Phường Một Hai,,Phường,,98,,\n"
                        + "2032-01-01,removed,province,98,Tỉnh Thử Nghiệm,,Tỉnh,,,,\n");
        assertThat(admin.upload("/api/v1/admin-units/imports", end, "kind", "history")
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/v1/admin-units/98?asOf=2032-01-01").status()).isEqualTo(404);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path shipped(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = new ClassPathResource("adminunit/" + name).getInputStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The same rows as an XLSX workbook (all cells text, as a user would type codes). */
    private Path xlsx(String name, Path csv) throws IOException {
        Path file = dir.resolve(name);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("history");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook back = new XSSFWorkbook(in)) {
            assertThat(back.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("98");
        }
        return file;
    }
}
