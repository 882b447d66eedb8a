package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;

/**
 * The quota import: validated whole, all or nothing, idempotent, errors by row and column in
 * Vietnamese. These tests write only the year 2030, which no other test reads.
 */
@NoiVuIntegrationTest
class QuotaImportIntegrationTests {

    static final String HEADER = "org_code,year,category,assigned,actual,legal_basis";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private long rows(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyBrokenRuleIsReportedByRowAndColumnAndNothingIsWritten() throws IOException {
        long quotasBefore = rows("SELECT count(*) FROM staffing.quota");
        long auditBefore = rows("SELECT count(*) FROM platform.audit_log WHERE entity = 'staffing.quota'");
        Path file = csv(
                "broken.csv",
                HEADER,
                "UBND.01.STP,2030,CIVIL_SERVANT,40,38,QĐ 1/QĐ-UBND",
                "KHONG.CO.DON.VI,2030,CIVIL_SERVANT,10,,QĐ 1/QĐ-UBND",
                "UBND.01.STC,2030,BIEN_CHE_LA,10,,QĐ 1/QĐ-UBND",
                "UBND.01.SXD,2030,CIVIL_SERVANT,-3,,QĐ 1/QĐ-UBND",
                "UBND.01.SYT,2030,CIVIL_SERVANT,12.5,,QĐ 1/QĐ-UBND",
                "UBND.01.STP,2030,CIVIL_SERVANT,41,,QĐ 1/QĐ-UBND",
                "UBND.79.TPTD,2030,CIVIL_SERVANT,10,,QĐ 1/QĐ-UBND",
                "UBND.01.SCT,2030,CIVIL_SERVANT,10,abc,",
                "UBND.01.SQHKT,20x0,CIVIL_SERVANT,10,,QĐ 1/QĐ-UBND");
        Api.Response r = Api.demo(port, "bnv.editor").upload("/api/v1/staffing/imports", file);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode result = r.json();
        assertThat(result.get("applied").asBoolean()).isFalse();
        assertThat(result.get("rows").asInt()).isEqualTo(9);
        List<String> errors = new ArrayList<>();
        result.get("errors")
                .forEach(e -> errors.add(e.get("row").asInt() + " "
                        + e.get("column").asString() + " " + e.get("message").asString()));
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "3 org_code Không có đơn vị mã \"KHONG.CO.DON.VI\" trong phạm vi quản lý của bạn.",
                        "4 category Loại biên chế \"BIEN_CHE_LA\" không có trong danh mục.",
                        "5 assigned Số biên chế không được âm (\"-3\").",
                        "6 assigned Giá trị \"12.5\" không phải số nguyên.",
                        "7 org_code Trùng đơn vị, năm và loại biên chế với dòng 2.",
                        "8 year Đơn vị UBND.79.TPTD không hoạt động vào ngày 31/12/2030"
                                + " (hiệu lực từ 01/01/2021 đến 01/07/2025).",
                        "9 actual Giá trị \"abc\" không phải số nguyên.",
                        "9 legal_basis Thiếu giá trị.",
                        "10 year Năm \"20x0\" không hợp lệ (cần năm 4 chữ số từ 1990 đến 2100).");
        assertThat(rows("SELECT count(*) FROM staffing.quota")).isEqualTo(quotasBefore);
        assertThat(rows("SELECT count(*) FROM platform.audit_log WHERE entity = 'staffing.quota'"))
                .isEqualTo(auditBefore);
    }

    @Test
    void missingColumnsRefuseTheFile() throws IOException {
        Path file = csv("columns.csv", "org_code,year,category,assigned", "UBND.01.STP,2030,CIVIL_SERVANT,40");
        JsonNode result = Api.demo(port, "bnv.editor")
                .upload("/api/v1/staffing/imports", file)
                .json();
        assertThat(result.get("errors").get(0).get("column").asString()).isEqualTo("actual");
        assertThat(result.get("errors").get(0).get("row").asInt()).isEqualTo(1);
        assertThat(result.get("errors").get(1).get("column").asString()).isEqualTo("legal_basis");
    }

    @Test
    void csvImportAppliesOnceAndReimportingChangesNothing() throws IOException {
        Path file = csv(
                "quotas.csv",
                HEADER + ",decision_date,decision_issuer",
                "UBND.01.SNV,2030,CIVIL_SERVANT,120,115,Quyết định 30/QĐ-UBND,15/12/2029,UBND thành phố Hà Nội",
                "UBND.01.SNV,2030,SUPPORT_CONTRACT,9,,Quyết định 30/QĐ-UBND,15/12/2029,UBND thành phố Hà Nội");
        Api api = Api.demo(port, "hanoi.editor");
        Api.Response first = api.upload("/api/v1/staffing/imports", file);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("applied").asBoolean()).isTrue();
        assertThat(first.json().get("rows").asInt()).isEqualTo(2);
        String stamp = jdbc.sql(
                        "SELECT max(updated_at)::text FROM staffing.quota WHERE org_code = 'UBND.01.SNV' AND year = 2030")
                .query(String.class)
                .single();
        Api.Response again = api.upload("/api/v1/staffing/imports", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "SELECT max(updated_at)::text FROM staffing.quota WHERE org_code = 'UBND.01.SNV' AND year = 2030")
                        .query(String.class)
                        .single())
                .isEqualTo(stamp);
        JsonNode quotas = api.get("/api/v1/staffing/quotas?year=2030&category=CIVIL_SERVANT")
                .json();
        JsonNode snv = null;
        for (JsonNode q : quotas) {
            if (q.get("orgCode").asString().equals("UBND.01.SNV")) {
                snv = q;
            }
        }
        assertThat(snv).isNotNull();
        assertThat(snv.get("assigned").asInt()).isEqualTo(120);
        assertThat(snv.get("actual").asInt()).isEqualTo(115);
        assertThat(snv.get("legalBasis").asString()).isEqualTo("Quyết định 30/QĐ-UBND");
        assertThat(snv.get("decisionDate").asString()).isEqualTo("2029-12-15");
        assertThat(snv.get("decisionIssuer").asString()).isEqualTo("UBND thành phố Hà Nội");
        // Audited: one row per import, with its counts.
        String last = jdbc.sql("""
                        SELECT after_state::text FROM platform.audit_log
                        WHERE entity = 'staffing.quota' AND action = 'IMPORT' AND actor = 'hanoi.editor'
                        ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(last).contains("\"unchanged\": 2").contains("\"inserted\": 0");
    }

    @Test
    void xlsxImportReadsNumbersAndEmptyActualCells() throws IOException {
        Path file = dir.resolve("quotas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Biên chế");
            String[] header = HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("UBND.79.SYT");
            r.createCell(1).setCellValue(2030);
            r.createCell(2).setCellValue("CIVIL_SERVANT");
            r.createCell(3).setCellValue(77);
            r.createCell(5).setCellValue("Quyết định 31/QĐ-UBND");
            wb.write(out);
        }
        Api.Response response = Api.demo(port, "hcm.editor").upload("/api/v1/staffing/imports", file);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode q = Api.demo(port, "hcm.editor")
                .get("/api/v1/staffing/quotas?scope=UBND.79.SYT&year=2030&category=CIVIL_SERVANT")
                .json();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).get("assigned").asInt()).isEqualTo(77);
        assertThat(q.get(0).has("actual")).isFalse();
    }

    @Test
    void anUnreadableFileIsRefused() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        Files.writeString(file, "not a workbook");
        Api.Response r = Api.demo(port, "bnv.editor").upload("/api/v1/staffing/imports", file);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message").asString()).startsWith("Không đọc được tệp");
    }
}
