package vn.noivu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/** Imports: CSV and XLSX, validated whole, all-or-nothing, idempotent, audited, errors in Vietnamese. */
@NoiVuIntegrationTest
class OrganizationImportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void unitsImportIsAppliedOnceAndAuditedAndTheSameFileAsXlsxChangesNothing() throws Exception {
        Api editor = Api.demo(port, "hanoi.editor");
        String dept = OrgTestData.code("UBND.01");
        String[][] rows = {
            {
                "code",
                "name",
                "short_name",
                "type",
                "parent_code",
                "admin_unit_code",
                "autonomy_group",
                "valid_from",
                "valid_to",
                "legal_basis"
            },
            {
                dept,
                "Sở Thử nghiệm",
                "STN",
                "PROVINCIAL_DEPARTMENT",
                "UBND.01",
                "",
                "",
                "2030-01-01",
                "2032-01-01",
                "10/QĐ-UBND"
            },
            {
                dept,
                "Sở Thử nghiệm và Đổi mới",
                "STNĐM",
                "PROVINCIAL_DEPARTMENT",
                "UBND.01",
                "",
                "",
                "2032-01-01",
                "",
                "11/QĐ-UBND"
            },
            {
                dept + ".TT",
                "Trung tâm Thử nghiệm",
                "",
                "PUBLIC_SERVICE_UNIT",
                dept,
                "",
                "2",
                "2030-01-01",
                "",
                "10/QĐ-UBND"
            }
        };
        Path csv = Files.createTempFile("units", ".csv");
        StringBuilder text = new StringBuilder("\uFEFF");
        for (String[] row : rows) {
            text.append(String.join(",", row)).append("\r\n");
        }
        Files.writeString(csv, text);
        long audits = audits();
        Api.Response first = editor.upload("/api/v1/organizations/imports", csv, "kind", "units");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("applied").asBoolean()).isTrue();
        assertThat(first.json().get("rows").asInt()).isEqualTo(3);
        assertThat(audits()).isEqualTo(audits + 1);
        JsonNode history =
                editor.get("/api/v1/organizations/" + dept + "/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("name").asString()).isEqualTo("Sở Thử nghiệm và Đổi mới");
        assertThat(history.get(1).get("provinceCode").asString()).isEqualTo("01");

        String before = snapshot(dept);
        assertThat(editor.upload("/api/v1/organizations/imports", csv, "kind", "units")
                        .status())
                .isEqualTo(200);
        Path xlsx = Files.createTempFile("units", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("units");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        assertThat(editor.upload("/api/v1/organizations/imports", xlsx, "kind", "units")
                        .status())
                .isEqualTo(200);
        assertThat(snapshot(dept)).isEqualTo(before);
        assertThat(audits()).isEqualTo(audits + 1);
    }

    @Test
    void restructuringsImportIsIdempotentAndKeepsLineage() throws Exception {
        Api editor = Api.demo(port, "hanoi.editor");
        String a = OrgTestData.code("UBND.01");
        String b = OrgTestData.code("UBND.01");
        String c = OrgTestData.code("UBND.01");
        Path csv = Files.createTempFile("restructurings", ".csv");
        Files.writeString(csv, """
                effective_date,kind,predecessor_codes,successor_codes,legal_basis,name,short_name,type,parent_code
                2030-01-01,ESTABLISH,,%s;%s,1/NQ-HĐND,Sở A;Sở B,SA;SB,PROVINCIAL_DEPARTMENT,UBND.01
                01/01/2031,MERGE,%s;%s,%s,2/NQ-HĐND,Sở C,SC,,
                2032-01-01,RENAME,%s,%s,3/QĐ-UBND,Sở C mới,,,
                """.formatted(a, b, a, b, c, c, c));
        Api.Response first = editor.upload("/api/v1/organizations/imports", csv, "kind", "restructurings");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long recorded = jdbc.sql("SELECT count(*) FROM organization.restructuring")
                .query(Long.class)
                .single();
        assertThat(editor.upload("/api/v1/organizations/imports", csv, "kind", "restructurings")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM organization.restructuring")
                        .query(Long.class)
                        .single())
                .isEqualTo(recorded);
        JsonNode lineage =
                editor.get("/api/v1/organizations/" + c + "/lineage").json().get("edges");
        assertThat(lineage.size()).isEqualTo(2);
        assertThat(lineage.get(0).get("kind").asString()).isEqualTo("MERGE");
        assertThat(jdbc.sql("SELECT count(*) FROM organization.api_lineage WHERE successor_code = :c")
                        .param("c", c)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(editor.get("/api/v1/organizations/" + c + "?asOf=2032-06-01")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Sở C mới");
    }

    @Test
    void aFileWithErrorsIsRefusedWholeWithRowColumnAndReasonInVietnamese() throws Exception {
        Api editor = Api.demo(port, "hanoi.editor");
        String ok = OrgTestData.code("UBND.01");
        Path csv = Files.createTempFile("bad", ".csv");
        Files.writeString(csv, """
                code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis
                %s,Sở tốt,PROVINCIAL_DEPARTMENT,UBND.01,,2030-01-01,,1/QĐ
                %s.A,,DEPARTMENT_UNIT,%s,,2030-13-01,,1/QĐ
                %s.B,Phòng B,DEPARTMENT_UNIT,%s,ABC,2030-01-01,,
                """.formatted(ok, ok, ok, ok, ok));
        Api.Response r = editor.upload("/api/v1/organizations/imports", csv, "kind", "units");
        assertThat(r.status()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(r.json().get("applied").asBoolean()).isFalse();
        assertThat(errors.toString())
                .contains("\"row\":3,\"column\":\"name\",\"message\":\"Bắt buộc nhập.\"")
                .contains("\"row\":3,\"column\":\"valid_from\"")
                .contains("\"row\":4,\"column\":\"admin_unit_code\"")
                .contains("\"row\":4,\"column\":\"legal_basis\"");
        assertThat(editor.get("/api/v1/organizations/" + ok + "/history").status())
                .isEqualTo(404);
    }

    @Test
    void aViewerCannotImport() throws Exception {
        Path csv = Files.createTempFile("units", ".csv");
        Files.writeString(csv, "code,name\n");
        assertThat(Api.demo(port, "hanoi.viewer")
                        .upload("/api/v1/organizations/imports", csv, "kind", "units")
                        .status())
                .isEqualTo(403);
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'IMPORT'")
                .query(Long.class)
                .single();
    }

    private String snapshot(String prefix) {
        return jdbc.sql("SELECT string_agg(unit_code || name || valid_from || coalesce(valid_to::text, ''), '|'"
                        + " ORDER BY unit_code, valid_from) FROM organization.unit_version WHERE unit_code LIKE :p")
                .param("p", prefix + "%")
                .query(String.class)
                .single();
    }
}
